import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** The CSP the publishing guide asks intranet servers to send; tests serve dist/ with it. */
const strictCsp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/**
 * Serves a built site on 127.0.0.1 under a base path, as an intranet server would: for the PDF
 * exporter and the tests. With `csp` it sends the strict policy the publishing guide recommends.
 */
export async function serve(
  dir: string,
  base = '/',
  { csp = true, precompressed = false } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // `precompressed`: send the build's .br/.gz copies, as nginx's brotli_static/gzip_static would.
  const files = sirv(dir, { dev: true, etag: false, extensions: ['html'], brotli: precompressed, gzip: precompressed });
  const server: Server = createServer((req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', strictCsp);
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside the base path');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('not found');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((done) => server.close(() => done())) };
}

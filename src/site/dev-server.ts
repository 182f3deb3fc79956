import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { ui } from '../i18n/ui.ts';
import { formatDiagnostic, formatSummary, countBySeverity } from '../model/format.ts';
import type { LoadResult } from '../model/load-report.ts';
import { reportRoot } from './handover.ts';
import { currentLoad, reloadReport } from './report.ts';

/**
 * Makes `astro dev` follow the report folder: any file added, changed or removed under content/
 * or data/ re-reads the report and reloads the browser; while the report has errors every page
 * shows them instead of a stale rendering. It only reads those folders.
 */
export function followReport(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const root = resolve(reportRoot());
  const folders = ['content', 'data'].map((folder) => join(root, folder));
  const inside = (path: string) => folders.some((folder) => path === folder || path.startsWith(folder + sep));
  server.watcher.add(folders);

  let reloadTimer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event: string, path: string) => {
    if (!inside(resolve(path))) return;
    // Replaced at once, so no request after the change can see the old report.
    const loading = reloadReport();
    // An editor's save is often several events; reload the browser once, after the last read.
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      void loading.then((result) => {
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length) logger.error(errors.map((d) => formatDiagnostic(d, result.locale)).join('\n'));
        server.ws.send({ type: 'full-reload' });
      });
    }, 30);
  });

  server.middlewares.use((req, res, next) => {
    if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return next();
    currentLoad().then((result) => {
      if (result.report) return next();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(errorPage(result, server.config.base));
    }, next);
  });
}

/** The diagnostics in validate's own words, with Vite's client so that a fix reloads the page. */
function errorPage(result: LoadResult, base: string): string {
  const words = ui(result.locale);
  const { errors, warnings } = countBySeverity(result.diagnostics, false);
  const lines = result.diagnostics.map((d) => formatDiagnostic(d, result.locale));
  const tree = h('html', { lang: result.locale }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('title', words.devErrorsTitle),
      h('script', { type: 'module', src: `${base.endsWith('/') ? base : `${base}/`}@vite/client` }),
      h(
        'style',
        'body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}',
      ),
    ]),
    h('body', [
      h('h1', words.devErrorsTitle),
      h('p', words.devErrorsHint),
      h('pre', { id: 'dossier-diagnostics' }, `${lines.join('\n')}\n${formatSummary(errors, warnings, result.locale)}`),
    ]),
  ]);
  return `<!doctype html>${toHtml(tree)}`;
}

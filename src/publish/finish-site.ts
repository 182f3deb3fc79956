import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text files a web server can send pre-compressed (nginx gzip_static / brotli_static). */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml']);
/** Below this many bytes compression gains nothing. (Pagefind's index files are compressed already.) */
const SMALLEST_WORTH_IT = 512;

/**
 * Files no reader uses. Astro's content layer writes content-*.mjs into its cache folder `.astro/`;
 * when the site is built into a folder outside the working directory, Astro uses that same folder
 * for its server build and copies all of it into the output root. Pagefind writes its ready-made
 * interfaces, which the site does not use (src/client/search.ts draws results with its JS API).
 */
const UNUSED = [
  'content-assets.mjs',
  'content-modules.mjs',
  ...['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui'].flatMap((ui) => [`pagefind/${ui}.js`, `pagefind/${ui}.css`]),
  'pagefind/pagefind-highlight.js',
];

/**
 * The last step of a build: remove unused files, then write `.br` and `.gz` beside every text
 * file worth compressing, so the server need not compress on each request.
 */
export function finishSite(dir: string): { compressed: number } {
  for (const name of UNUSED) rmSync(join(dir, name), { force: true });
  let compressed = 0;
  for (const file of walk(dir)) {
    if (!TEXT.has(extname(file))) continue;
    const data = readFileSync(file);
    if (data.length < SMALLEST_WORTH_IT) continue;
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    compressed++;
  }
  return { compressed };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

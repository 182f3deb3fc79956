import { readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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
  ...['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui'].flatMap((ui) => [
    `pagefind/${ui}.js`,
    `pagefind/${ui}.css`,
  ]),
  'pagefind/pagefind-highlight.js',
];

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Brotli quality 5: on a 150 KB page it takes about 20 ms where quality 11 takes about 500 ms, for
 * a file some 13% larger (still about 40% smaller than gzip). Quality 11 made compressing a
 * 500-page site take minutes. gzip, the fallback for old clients, at its default level: level 9
 * took seven times longer for 6% less.
 */
const BROTLI_QUALITY = 5;

/** Removes what Astro and Pagefind write that no reader uses. */
export function removeUnused(dir: string): void {
  for (const name of UNUSED) rmSync(join(dir, name), { force: true });
}

/** Every text file under `dir` a server could send compressed. */
export const textFiles = (dir: string): string[] => [...walk(dir)].filter((file) => TEXT.has(extname(file)));

/**
 * Writes `.br` and `.gz` beside every given file worth compressing, so the server need not
 * compress on each request. zlib's asynchronous calls run on libuv's thread pool, so several
 * files are compressed at once, on every core.
 */
export async function compressFiles(files: readonly string[]): Promise<number> {
  let next = 0;
  let compressed = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      if (await writeCompressed(file, await readFile(file))) compressed++;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return compressed;
}

/** Writes `file.br` and `file.gz` of `data`, the content of `file`, if it is worth compressing. */
export async function writeCompressed(file: string, data: Buffer): Promise<boolean> {
  if (data.length < SMALLEST_WORTH_IT) return false;
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  };
  const [gz, br] = await Promise.all([gzipAsync(data), brotli(data, { params })]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return true;
}

/** The last step of a build: unused files removed, every text file not `done` yet compressed. */
export async function finishSite(dir: string, done: ReadonlySet<string> = new Set()): Promise<{ compressed: number }> {
  removeUnused(dir);
  return { compressed: await compressFiles(textFiles(dir).filter((file) => !done.has(file))) };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * `npm run pdf [-- --root DIR] [--out DIR]`: writes dist/<report-id>.pdf. When dist/ is missing or
 * older than content/ or data/, it runs the whole build first (which writes the PDF too).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diskFiles } from '../src/node/disk-files.ts';
import { formatDiagnostic } from '../src/model/format.ts';
import { loadReport } from '../src/model/load-report.ts';
import { ChromiumMissing, findChromium } from '../src/node/chromium.ts';
import { writePdf } from '../src/publish/pdf.ts';
import { markdownCache } from '../src/node/markdown-cache.ts';
import { buildSite } from './build.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: process.env.DOSSIER_ROOT ?? '.' },
      out: { type: 'string', default: 'dist' },
    },
  });
  const root = resolve(values.root);
  const out = resolve(values.out);
  findChromium();
  const built = join(out, 'index.html');
  const files = diskFiles(root);
  const sources = [...files.list('content'), ...files.list('data')].map((f) => statSync(join(root, f)).mtimeMs);
  const current = existsSync(built) && sources.every((t) => t <= statSync(built).mtimeMs);
  if (!current) {
    console.log('dist/ is missing or older than the report: building it first');
    return (await buildSite({ root, out, base: process.env.DOSSIER_BASE ?? '/', pdf: true })) ? 0 : 1;
  }
  const result = await loadReport(files, { root: values.root, ...markdownCache() });
  if (!result.report) {
    for (const d of result.diagnostics) console.log(formatDiagnostic(d, result.locale));
    return 1;
  }
  // The PDF is made from the built site, under the base path it was built for.
  const base = /data-base="([^"]*)"/.exec(readFileSync(built, 'utf8'))?.[1] ?? '/';
  const pdf = await writePdf(result.report, out, base);
  console.log(`${pdf.file}: ${pdf.pages} pages`);
  for (const d of pdf.diagnostics) console.log(formatDiagnostic(d, result.locale));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dossier: ${error instanceof ChromiumMissing ? '' : 'pdf failed: '}${(error as Error).message}`);
    if (process.env.DOSSIER_DEBUG) console.error(error);
    process.exit(error instanceof ChromiumMissing ? 2 : 3);
  },
);

/**
 * `npm run build [-- --base /reports/go/] [--root DIR] [--out DIR]`
 * Validates the report, builds the site with Astro into a temporary folder, adds the search index,
 * then replaces dist/ in one move: a failed build never leaves a half-written dist/.
 */
import { build } from 'astro';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { diskFiles } from '../src/model/files.ts';
import { countBySeverity, formatDiagnostic, formatSummary } from '../src/model/format.ts';
import { loadReport } from '../src/model/load-report.ts';
import { toolDiagramCache } from '../src/model/mermaid-cache.ts';
import type { Report } from '../src/model/types.ts';
import type { Handover } from '../src/site/report.ts';
import { ChromiumMissing, findChromium } from '../src/publish/chromium.ts';
import { writePdf } from '../src/publish/pdf.ts';
import { finishSite } from '../src/publish/finish-site.ts';

const projectRoot = resolve(import.meta.dirname, '..');
// Builds run on intranets: Astro's usage reporting must not try to reach the internet.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export interface BuildOptions {
  root: string;
  out: string;
  base: string;
  /** Also write dist/<id>.pdf (needs Chromium). */
  pdf: boolean;
}

/** Seconds each stage took, for the benchmark. */
export interface BuildTimes {
  validate: number;
  site: number;
  search: number;
  pdf?: number;
}

export async function buildSite(options: BuildOptions, times: Partial<BuildTimes> = {}): Promise<Report | undefined> {
  let started = performance.now();
  const lap = () => {
    const now = performance.now();
    const seconds = (now - started) / 1000;
    started = now;
    return seconds;
  };
  const diagramCache = toolDiagramCache();
  const result = await loadReport(diskFiles(options.root), diagramCache ? { diagramCache } : {});
  diagramCache?.save();
  times.validate = lap();
  for (const d of result.diagnostics) console.log(formatDiagnostic(d, result.locale));
  const { errors, warnings } = countBySeverity(result.diagnostics, false);
  if (!result.report) {
    console.log(formatSummary(errors, warnings, result.locale));
    return undefined;
  }
  const report = result.report;
  if (options.pdf) findChromium(); // before any work: say at once if the PDF cannot be made
  (globalThis as { __dossier?: Handover }).__dossier = { report, base: options.base, pdf: options.pdf };

  const staging = join(dirname(options.out), `.${report.meta.id}-staging`);
  rmSync(staging, { recursive: true, force: true });
  process.env.DOSSIER_ROOT = options.root;
  try {
    await build({ root: projectRoot, outDir: staging, base: options.base, logLevel: 'warn' });
    times.site = lap();
    await indexForSearch(staging);
    times.search = lap();
    if (options.pdf) {
      const pdf = await writePdf(report, staging, options.base);
      times.pdf = lap();
      console.log(`pdf: ${report.meta.id}.pdf, ${pdf.pages} pages`);
    }
    finishSite(staging);
  } catch (error) {
    // Whatever failed, the previous dist/ stays and no half-built folder is left beside it.
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  rmSync(options.out, { recursive: true, force: true });
  renameSync(staging, options.out);
  return report;
}

async function indexForSearch(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: process.env.DOSSIER_ROOT ?? '.' },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.DOSSIER_BASE ?? '/' },
      'no-pdf': { type: 'boolean', default: false },
    },
  });
  const root = resolve(values.root);
  if (!existsSync(root)) {
    console.error(`dossier: no report folder at ${root}`);
    return 2;
  }
  const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const out = resolve(values.out);
  const times: Partial<BuildTimes> = {};
  const report = await buildSite({ root, out, base, pdf: !values['no-pdf'] }, times);
  if (!report) return 1;
  const stages = Object.entries(times).map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(', ');
  console.log(`dist: ${out} (base ${base}): ${stages}`);
  if (process.env.DOSSIER_TIMES) writeFileSync(process.env.DOSSIER_TIMES, JSON.stringify(times));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ChromiumMissing) {
        console.error(`dossier: ${error.message}\n  or build the site alone with: npm run build -- --no-pdf`);
        process.exit(2);
      }
      console.error(`dossier: build failed: ${(error as Error).message}`);
      if (process.env.DOSSIER_DEBUG) console.error(error);
      process.exit(3);
    },
  );
}

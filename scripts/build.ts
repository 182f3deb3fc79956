/**
 * `npm run build [-- --base /reports/go/] [--root DIR] [--out DIR]`
 * Validates the report, builds the site with Astro into a temporary folder, adds the search index,
 * then replaces dist/ in one move: a failed build never leaves a half-written dist/.
 */
import './offline.ts';
import { build } from 'astro';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { diskFiles } from '../src/node/disk-files.ts';
import { markdownCache } from '../src/node/markdown-cache.ts';
import { countBySeverity, formatDiagnostic, formatDiagnostics, formatSummary } from '../src/model/format.ts';
import { loadReport } from '../src/model/load-report.ts';
import { hasFigure } from '../src/model/queries.ts';
import type { Report } from '../src/model/types.ts';
import { handOver } from '../src/site/handover.ts';
import type { Browser } from 'playwright-core';
import { ChromiumMissing, findChromium, launchChromium } from '../src/node/chromium.ts';
import {
  acquireBuildLock,
  checkOutput,
  OutputRefused,
  recoverLeftovers,
  stagingFolder,
  swapIn,
} from '../src/publish/output-folder.ts';
import { writePdf } from '../src/publish/pdf.ts';
import { DiagramsAsDrawn, drawDiagrams } from '../src/node/diagrams.ts';
import { compressFiles, finishSite, removeUnused, textFiles } from '../src/publish/finish-site.ts';
import { RenderedPages } from '../src/publish/rendered-pages.ts';

const projectRoot = resolve(import.meta.dirname, '..');

export interface BuildOptions {
  root: string;
  out: string;
  base: string;
  /** Also write dist/<id>.pdf (needs Chromium). */
  pdf: boolean;
  /** Warnings fail the build. */
  strict?: boolean;
}

/** Seconds each stage took, for the benchmark. */
export interface BuildTimes {
  validate: number;
  site: number;
  search: number;
  pdf?: number;
}

export async function buildSite(options: BuildOptions, times: Partial<BuildTimes> = {}): Promise<Report | undefined> {
  // Before any work: say at once if the output folder or the PDF cannot be made.
  checkOutput(options.out, options.root, projectRoot);
  if (options.pdf) findChromium();
  // One build at a time: Astro's .astro/ and caches in the project are shared by every build.
  const unlock = await acquireBuildLock(join(projectRoot, 'node_modules', '.cache', 'dossier', 'build.lock'), (pid) =>
    console.log(`dossier: another build (pid ${pid}) is running in this project; waiting for it to finish`),
  );
  try {
    recoverLeftovers(options.out);
    return await buildLocked(options, times);
  } finally {
    unlock();
  }
}

async function buildLocked(options: BuildOptions, times: Partial<BuildTimes>): Promise<Report | undefined> {
  let started = performance.now();
  const lap = () => {
    const now = performance.now();
    const seconds = (now - started) / 1000;
    started = now;
    return seconds;
  };
  // Diagrams are checked by drawing them (below), not parsed here first.
  const result = await loadReport(diskFiles(options.root), { root: options.root, ...markdownCache() });
  times.validate = lap();
  for (const line of formatDiagnostics(result.diagnostics, result.locale)) console.log(line);
  const { errors, warnings } = countBySeverity(result.diagnostics, false);
  if (!result.report) {
    console.log(formatSummary(errors, warnings, result.locale));
    return undefined;
  }
  const report = result.report;
  // Before any work: say at once if the PDF or the diagrams cannot be drawn.
  if (hasFigure(report, 'mermaid')) findChromium();
  // Diagrams are drawn in Chromium while Astro starts and renders; a page waits for its own.
  // One Chromium for the build, launched when first needed: diagrams not in the cache, then the PDF.
  let browser: Promise<Browser> | undefined;
  const sharedBrowser = () => (browser ??= launchChromium());
  // Closed as soon as nothing more needs it: its processes hold some 300 MB while Pagefind writes.
  const closeBrowser = async () => {
    const launched = browser;
    browser = undefined;
    await launched?.then(
      (running) => running.close(),
      () => undefined,
    );
  };
  const diagrams = new DiagramsAsDrawn(report);
  const drawing = drawDiagrams(report, { browser: sharedBrowser, onReady: diagrams.onReady });
  // A page waits for its own diagrams; once drawing ends, or fails, none waits any longer.
  drawing.then(
    () => diagrams.finish(),
    () => diagrams.finish(),
  ); // awaited once the site is built
  const staging = stagingFolder(options.out);
  const { index, errors: indexErrors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${indexErrors.join('; ')}`);
  const rendered = new RenderedPages(staging, options.base, index);
  handOver({
    root: options.root,
    build: { report, base: options.base, pdf: options.pdf, diagrams, onPage: rendered.add },
  });
  try {
    await build({ root: projectRoot, outDir: staging, base: options.base, logLevel: 'warn' });
    const drawn = await drawing;
    if (!options.pdf) await closeBrowser();
    for (const d of drawn.problems) console.log(formatDiagnostic(d, result.locale));
    if (drawn.problems.length) {
      console.log(formatSummary(drawn.problems.length, 0, result.locale));
      rmSync(staging, { recursive: true, force: true });
      return undefined;
    }
    if (drawn.drawn + drawn.fromCache) console.log(`diagrams: ${drawn.drawn} drawn, ${drawn.fromCache} from cache`);
    // Pages were indexed and compressed as Astro rendered them; Pagefind writes its index while
    // the other files (diagrams, data downloads, scripts) are compressed.
    await rendered.settled();
    times.site = lap();
    removeUnused(staging);
    const done = new Set(rendered.compressed);
    const rest = textFiles(staging).filter((file) => !done.has(file));
    const [written] = await Promise.all([
      index.writeFiles({ outputPath: join(staging, 'pagefind') }),
      compressFiles(rest),
    ]);
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    for (const file of rest) done.add(file);
    times.search = lap();
    if (options.pdf) {
      const pdf = await writePdf(report, staging, options.base, await sharedBrowser());
      times.pdf = lap();
      console.log(`pdf: ${report.meta.id}.pdf, ${pdf.pages} pages`);
      for (const d of pdf.diagnostics)
        console.log(formatDiagnostic(options.strict ? { ...d, severity: 'error' } : d, result.locale));
      if (options.strict && pdf.diagnostics.length) {
        rmSync(staging, { recursive: true, force: true });
        console.log(formatSummary(pdf.diagnostics.length, 0, result.locale));
        return undefined;
      }
    }
    await finishSite(staging, done);
  } catch (error) {
    // Whatever failed, the previous dist/ stays and no half-built folder is left beside it.
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await Promise.all([pagefind.close(), closeBrowser()]);
  }

  swapIn(staging, options.out);
  return report;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: process.env.DOSSIER_ROOT ?? '.' },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.DOSSIER_BASE ?? '/' },
      'no-pdf': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
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
  const report = await buildSite({ root, out, base, pdf: !values['no-pdf'], strict: values.strict }, times);
  if (!report) return 1;
  const stages = Object.entries(times)
    .map(([stage, s]) => `${stage} ${s.toFixed(1)} s`)
    .join(', ');
  console.log(`dist: ${out} (base ${base}): ${stages}`);
  if (process.env.DOSSIER_TIMES) writeFileSync(process.env.DOSSIER_TIMES, JSON.stringify(times));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof OutputRefused) {
        console.error(`dossier: ${error.message}`);
        process.exit(2);
      }
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

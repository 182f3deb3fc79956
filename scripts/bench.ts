/**
 * `npm run bench [-- --runs 3] [--sizes 1,10,100|none] [--skip-corpus] [--skip-pdf] [--skip-peers] [--skip-lighthouse]`
 * Measures Dossier on the sample report and on generated reports of 1×, 10× and 100× its size:
 * validate, build cold and warm (per stage), PDF, peak memory of the process tree (Node and
 * Chromium), dist size, pages, the JavaScript a reader loads, Lighthouse's mobile scores, and the
 * build time against VitePress on the peer benchmark's corpus. Medians over several runs; prints
 * the tables and writes docs/benchmarks.md. Generated reports go to bench-out/, never to content/ or data/.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateReport, type GenerateOptions } from '../src/bench/generate.ts';
import { readerWeights } from '../src/bench/page-weight.ts';
import { serve } from '../src/publish/serve.ts';
import { writeTree } from '../src/bench/write-tree.ts';
import { med, run, walk, type Run } from '../src/bench/run-script.ts';
import {
  devEditText,
  benchTable,
  growthTable,
  type Row,
  lighthouseScoresTable,
  peersTable,
  weightsTable,
} from '../src/bench/tables.ts';
import { lighthouseScores, type LighthouseScores } from '../src/bench/lighthouse.ts';
import { comparePeers, peerBenchDir, peerMissing, type PeerResult } from '../src/bench/peer.ts';
import { devEditSeconds } from '../src/bench/dev-edit.ts';
import { loadReport } from '../src/model/load-report.ts';
import { diskFiles } from '../src/node/disk-files.ts';
import { Urls } from '../src/render/urls.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench-out');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1,10,100' },
    'skip-corpus': { type: 'boolean', default: false },
    'skip-pdf': { type: 'boolean', default: false },
    'skip-peers': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes === 'none' ? [] : values.sizes.split(',').map(Number);

/** The sample report's shape (content/ and data/), scaled: about 25 pages, 14 datasets, a diagram every other page. */
/** The page a warm rebuild follows an edit of (the generated reports' first section). */
const EDITED = 'content/001-第1章/001-节1.md';
const scaled = (n: number): GenerateOptions => ({
  chapters: 5 * n,
  pagesPerChapter: 5,
  datasets: 14 * n,
  rowsPerDataset: 50,
  diagramEvery: 2,
});

/** The 100× report takes minutes a build: it is measured once. */
const runsFor = (pages: number) => (pages > 1000 ? 1 : runs);

async function repeat(count: number, f: () => Promise<Run>): Promise<Run[]> {
  const all: Run[] = [];
  for (let i = 0; i < count; i++) all.push(await f());
  return all;
}

const table: Row[] = [];

async function measure(
  name: string,
  reportDir: string,
  pages: number,
  rows: number,
  withPdf: boolean,
  editPage?: string,
): Promise<void> {
  const dist = join(out, `${name}-dist`);
  const buildArgs = ['--root', reportDir, '--out', dist, '--no-pdf'];
  const count = runsFor(pages);
  const validate = await repeat(count, () => run('validate.ts', ['--root', reportDir], { DOSSIER_NO_CACHE: '1' }));
  const build = await repeat(count, () => run('build.ts', buildArgs, { DOSSIER_NO_CACHE: '1' }));
  await run('build.ts', buildArgs); // fills the caches
  const warm = await repeat(count, () => {
    if (editPage) appendFileSync(join(reportDir, editPage), `\n改动 ${Date.now()}。\n`);
    return run('build.ts', buildArgs);
  });
  const pdf = withPdf ? await repeat(count, () => run('pdf.ts', ['--root', reportDir, '--out', dist])) : [];
  const { bytes, html } = walk(dist);
  const stages = (rs: Run[]) =>
    ['validate', 'site', 'search'].map((key) => med(rs, (r) => r.times?.[key]).toFixed(1)).join(' / ');
  table.push({
    name,
    pages,
    rows,
    validate: med(validate, (r) => r.seconds),
    build: med(build, (r) => r.seconds),
    stages: stages(build),
    warm: med(warm, (r) => r.seconds),
    warmStages: stages(warm),
    ...(withPdf ? { pdf: med(pdf, (r) => r.seconds) } : {}),
    peakMb: Math.max(...[...validate, ...build, ...pdf].map((r) => r.peakMb)),
    distMb: bytes / 2 ** 20,
    html,
  });
  const row = table.at(-1)!;
  console.log(
    `${name}: validate ${row.validate.toFixed(2)} s, build ${row.build.toFixed(2)} s, warm ${row.warm.toFixed(2)} s${withPdf ? `, pdf ${row.pdf!.toFixed(2)} s` : ''}, peak ${row.peakMb.toFixed(0)} MB`,
  );
}

rmSync(out, { recursive: true, force: true });
await measure('sample report', root, 23, 0, !values['skip-pdf']);
const weights = await readerWeights(join(out, 'sample report-dist'), {
  'text page (bibliography)': 'sources/',
  'chart page (2.3)': '信创政策/信创数据库/',
  'diagram page (2.1, chart + diagram)': '信创政策/语言路线图/',
  'diagram page (3.1, diagram only)': '厂商选型/openeuler/',
});
for (const n of sizes) {
  const options = scaled(n);
  const dir = join(out, `${n}x`);
  writeTree(dir, generateReport(options));
  await measure(
    `${n}× generated`,
    dir,
    1 + options.chapters * options.pagesPerChapter,
    options.datasets * options.rowsPerDataset,
    n <= 10 && !values['skip-pdf'],
    EDITED,
  );
}
let devEdits: number[] = [];
if (!values['skip-corpus']) {
  // The peer comparison: 500 Chinese pages, each with prose, a table, a Mermaid flowchart and code.
  const corpus: GenerateOptions = {
    chapters: 20,
    pagesPerChapter: 25,
    datasets: 20,
    rowsPerDataset: 50,
    diagramEvery: 1,
  };
  const dir = join(out, 'corpus-500');
  writeTree(dir, generateReport(corpus));
  await measure('500-page corpus', dir, 501, 1000, false, EDITED);
  const edited = (await loadReport(diskFiles(dir))).report!.pageByFile.get(EDITED)!;
  devEdits = await devEditSeconds(dir, new Urls('/').page(edited), EDITED, runs);
  console.log(`500-page corpus: dev server shows an edit in ${devEdits.map((s) => s.toFixed(2)).join(', ')} s`);
}

// Lighthouse's mobile run on the sample's pages, served from its dist/ with the strict CSP and the
// pre-compressed copies, as the publishing guide's nginx set-up would.
const lighthousePages: Record<string, string> = {
  home: '',
  'chart page (2.3)': '信创政策/信创数据库/',
  'diagram page (3.1)': '厂商选型/openeuler/',
  'claim ledger': 'claims/',
  'dataset page': 'data/cec-gokit-vs-sca/',
};
let lighthouse: LighthouseScores[] = [];
if (!values['skip-lighthouse']) {
  const server = await serve(join(out, 'sample report-dist'), '/', { precompressed: true });
  try {
    lighthouse = await lighthouseScores(
      Object.values(lighthousePages).map((path) => server.url + encodeURI(path)),
      runs,
    );
  } finally {
    await server.close();
  }
}

let peers: PeerResult | string = 'not run (--skip-peers)';
if (!values['skip-peers']) {
  const dir = peerBenchDir(root);
  peers = peerMissing(dir) ?? comparePeers(dir, root, join(out, 'peers'), 500, runs);
}

const mainTable = benchTable(table);

const one = table.find((r) => r.name === '1× generated');
const hundred = table.find((r) => r.name === '100× generated');
const growth = growthTable(one, hundred);

const weightTable = weightsTable(weights);
const lighthouseTable = lighthouseScoresTable(Object.keys(lighthousePages), lighthouse);
const peerText = peersTable(peers, runs);
const devText = devEditText(devEdits);

const versions = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages as Record<
  string,
  { version: string }
>;
const v = (name: string) => versions[`node_modules/${name}`]?.version ?? '?';
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine};
astro ${v('astro')}, mermaid ${v('mermaid')}, chart.js ${v('chart.js')}, pagefind ${v('pagefind')}, pagedjs ${v('pagedjs')},
playwright-core ${v('playwright-core')} driving Debian's Chromium, lighthouse ${v('lighthouse')}. ${runs} run(s) of each,
median quoted; these machines are shared and noisy (the load average is given below), so read ratios
within one run rather than single figures.

Each figure is a fresh \`node\` process, start-up included. \`validate\` and \`build (cold)\` run without
the caches (\`DOSSIER_NO_CACHE=1\`), as a first build; \`build (warm)\` is a rebuild with the caches
under node_modules/.cache/dossier/ after one page was edited (the sample: nothing edited).
\`build\` is the site without the PDF: every diagram drawn as SVG and the search index built. Its
stages are the checks, Astro (with the diagrams drawn meanwhile), and the Pagefind index (with the
pages compressed meanwhile). \`PDF\` is \`npm run pdf\` on the built site (Chromium, paged.js,
pdf-lib). Peak memory is the whole process tree's memory, Node and Chromium together, sampled from
/proc every 250 ms: each process's proportional set size (PSS), so a page Chromium's processes share
counts once. The 100× report (2,501 pages) is built once, not ${runs} times.

Generated reports come from \`src/bench/generate.ts\` (deterministic), shaped like the sample report
and scaled: Chinese prose with claim and source links, a chart, a table and a code block on every
page, a Mermaid diagram on every other page, benchmark datasets of 50 CSV rows. The 500-page corpus
has a diagram on every page.

Load average at the end of the run: ${loadavg()
  .map((x) => x.toFixed(1))
  .join(', ')}.

${mainTable}

## Growth (generated 1× to 100×)

${growth}

## Live preview (500-page corpus)

${devText}

## Against VitePress

The peer benchmark's corpus (../shared/peer-bench: 500 Chinese pages, each with a 15-row table, an
8-node Mermaid flowchart and a code block), VitePress with its default theme (it shows diagrams as
code), Dossier laid out by the benchmark's adapter, diagram caches off; builds alternate, after a
warm-up of each.

${peerText}

## Lighthouse (sample report)

Lighthouse's mobile run (simulated mid-range phone and slow 4G) on pages served from dist/ over
loopback with the strict Content-Security-Policy and the pre-compressed copies; each page the run
with the median performance score of ${runs}. On a loaded machine total blocking time is inflated:
Lighthouse multiplies the CPU time it observes.

${lighthouseTable}

## JavaScript a reader loads (sample report)

Measured in headless Chromium: every script the page fetches, dynamic imports included.

${weightTable}
`;
writeFileSync(join(root, 'docs', 'benchmarks.md'), doc);
console.log(
  `\n${mainTable}\n\n${growth}\n\n${devText}\n\n${peerText}\n\n${lighthouseTable}\n\n${weightTable}\n\nwritten to docs/benchmarks.md`,
);

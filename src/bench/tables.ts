import type { LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { PeerResult } from './peer.ts';
import { median } from './run-script.ts';

/** The Markdown tables of docs/benchmarks.md. */
const f = (x: number | undefined, digits = 2) => (x === undefined ? '—' : x.toFixed(digits));
const md = (rows: (string | number)[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');

export const weightsTable = (weights: { name: string; w: PageWeight }[]) =>
  md([
    ['page', 'scripts', 'JS raw', 'JS gzip', 'goal (gzip)'],
    ['---', '---', '---', '---', '---'],
    ...weights.map(({ name, w }) => [
      name,
      w.scripts,
      `${f(w.raw / 1024, 1)} KB`,
      `${f(w.gzip / 1024, 1)} KB`,
      name.startsWith('text') ? '≤ 20 KB' : name.startsWith('chart') ? '≤ 100 KB' : '≤ 300 KB',
    ]),
  ]);

export const lighthouseScoresTable = (names: string[], lighthouse: LighthouseScores[]) =>
  lighthouse.length
    ? md([
        ['page', 'performance (goal ≥ 95)', 'accessibility (goal 100)', 'what cost points'],
        ['---', '---', '---', '---'],
        ...names.map((name, i) => [
          name,
          lighthouse[i]!.performance,
          lighthouse[i]!.accessibility,
          lighthouse[i]!.failing.join(', ') || '—',
        ]),
      ])
    : '(not run: --skip-lighthouse)';

export const peersTable = (peers: PeerResult | string, runs: number) =>
  typeof peers === 'string'
    ? `Not measured: ${peers}.`
    : md([
        ['generator', `build, 500 pages (median of ${runs})`, 'diagrams drawn', 'search index'],
        ['---', '---', '---', '---'],
        ['VitePress (default theme)', `${f(median(peers.vitepress), 1)} s`, 'no', 'no'],
        ['Dossier', `${f(median(peers.dossier), 1)} s`, 'yes, as SVG', 'yes'],
        ['ratio Dossier / VitePress (goal < 1.0)', f(median(peers.dossier) / median(peers.vitepress)), '', ''],
      ]);

/** Build time and memory of the 100× report against the 1× one. */
export const growthTable = (one: Row | undefined, hundred: Row | undefined) =>
  one && hundred
    ? md([
        ['stage', '1×', '100×', 'ratio (goal ≤ 40)'],
        ['---', '---', '---', '---'],
        ['validate', `${f(one.validate)} s`, `${f(hundred.validate)} s`, f(hundred.validate / one.validate, 1)],
        ['build', `${f(one.build)} s`, `${f(hundred.build)} s`, f(hundred.build / one.build, 1)],
        ['peak memory', `${f(one.peakMb, 0)} MB`, `${f(hundred.peakMb, 0)} MB`, 'goal ≤ 1536 MB'],
      ])
    : '(run with --sizes 1,100 for the growth table)';

export const devEditText = (seconds: number[]) =>
  seconds.length
    ? `\`npm run dev\` on the 500-page corpus, its first section open in Chromium: from saving a sentence added to
the page's Markdown to the sentence showing in the page, which the dev server reloads by itself (goal ≤ 2 s):
median ${f(median(seconds))} s of ${seconds.length} (${seconds.map((s) => f(s)).join(', ')} s).`
    : 'not run (--skip-corpus)';

/** One report's figures in the main table. */
export interface Row {
  name: string;
  pages: number;
  rows: number;
  validate: number;
  build: number;
  stages: string;
  /** Rebuild with the caches, after one page was edited (generated reports) or nothing (the sample). */
  warm: number;
  warmStages: string;
  pdf?: number;
  peakMb: number;
  distMb: number;
  html: number;
}

export function benchTable(table: Row[]): string {
  const header = [
    'report',
    'pages',
    'data rows',
    'validate',
    'build (cold)',
    'cold stages',
    'build (warm)',
    'warm stages',
    'PDF',
    'peak memory',
    'dist',
    'HTML files',
  ];
  const lines = table.map((r) => [
    r.name,
    r.pages,
    r.rows || '—',
    `${f(r.validate)} s`,
    `${f(r.build)} s`,
    `${r.stages} s`,
    `${f(r.warm)} s`,
    `${r.warmStages} s`,
    r.pdf === undefined ? '—' : `${f(r.pdf)} s`,
    `${f(r.peakMb, 0)} MB`,
    `${f(r.distMb, 1)} MB`,
    r.html,
  ]);
  return md([header, header.map(() => '---'), ...lines]);
}

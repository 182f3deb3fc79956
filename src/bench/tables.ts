import type { LighthouseScores } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { PeerResult } from './peer.ts';
import { median } from './run-script.ts';

/** The Markdown tables of docs/benchmarks.md. */
export const f = (x: number | undefined, digits = 2) => (x === undefined ? '—' : x.toFixed(digits));
export const md = (rows: (string | number)[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');

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

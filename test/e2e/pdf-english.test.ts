import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { printedInFull } from '../../src/render/dataset-appendix.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { verdictCounts } from '../../src/model/queries.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Report } from '../../src/model/types.ts';
import { fixturesDir, starterWith, withoutUnsettledFields } from '../helpers/fixtures.ts';
import { largestGap, pageTexts, pdffonts, pdfinfo } from '../helpers/poppler.ts';
import { runScript } from '../helpers/run.ts';

/**
 * An English report with a 12-column compatibility matrix and a 10-column benchmark with long
 * labels (test/fixtures/wide-tables, over the starter), on a draft page, built with its PDF.
 */
let dist: string;
let report: Report;
let file: string;
let pageCount: number;
let layout: string[];
let raw: string[];
const squash = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-wide-'));
  const files = starterWith(join(fixturesDir, 'wide-tables'));
  // Authors, date, version and classification are not settled yet: left out.
  files['content/report.yaml'] = withoutUnsettledFields(
    files['content/report.yaml']!.replace('locale: zh-CN', 'locale: en'),
  );
  writeTree(join(work, 'report'), files);
  dist = join(work, 'dist');
  const { code, stdout, stderr } = runScript('build.ts', ['--root', join(work, 'report'), '--out', dist]);
  if (code !== 0) throw new Error(`${stdout}\n${stderr}`);
  report = (await loadReport(diskFiles(join(work, 'report')))).report!;
  file = join(dist, `${report.meta.id}.pdf`);
  pageCount = Number(pdfinfo(file).Pages);
  layout = pageTexts(file, pageCount);
  raw = pageTexts(file, pageCount, 'raw');
}, 420_000);

/** The cells of a dataset's table as the site shows them (its dataset page), header row first. */
function siteCells(id: string): string[] {
  const dom = new JSDOM(readFileSync(join(dist, 'data', id, 'index.html'), 'utf8'));
  const table = dom.window.document.querySelector('table.data-table')!;
  return [...table.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()).filter(Boolean);
}

const pageSizes = () =>
  [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount), file], { encoding: 'utf8' }).matchAll(
      /^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm,
    ),
  ].map((m) => ({
    page: Number(m[1]),
    landscape: Number(m[2]) > Number(m[3]),
  }));

describe('the PDF briefing of an English report with wide tables', () => {
  it('prints every column label and every cell of every dataset, in each table that shows it', () => {
    const all = squash(raw.join('\n'));
    for (const dataset of report.datasets.values()) {
      // Once for each ```table of the dataset in the chapters, and once more in appendix C unless a
      // chapter table already printed it in full (appendix C then refers to that page).
      const copies = (printedInFull(dataset) ? 0 : 1) + dataset.usedBy.filter((f) => f.kind === 'table').length;
      for (const cell of siteCells(dataset.id)) {
        expect(all.split(squash(cell)).length - 1, `${dataset.id}: "${cell}"`).toBeGreaterThanOrEqual(copies);
      }
    }
  });

  it('sets the wide tables on landscape pages and the rest on portrait pages', () => {
    const sizes = pageSizes();
    expect(sizes).toHaveLength(pageCount);
    const landscape = sizes.filter((s) => s.landscape).map((s) => s.page);
    expect(landscape.length).toBeGreaterThanOrEqual(2);
    // Appendix C lists every column's label again in a narrow table of units and meanings: only the
    // data tables before it must turn.
    const appendix = raw.findIndex((t, i) => i > 1 && squash(t).includes(squash('Appendix A')));
    for (const label of ['Ubuntu 22.04 baseline', 'Remarks from the test engineer']) {
      const pages = raw.flatMap((t, i) => (i < appendix && squash(t).includes(squash(label)) ? [i + 1] : []));
      expect(pages.length, label).toBeGreaterThan(0);
      for (const page of pages) expect(landscape, `${label} on page ${page}`).toContain(page);
    }
    expect(sizes[0]!.landscape).toBe(false);
  });

  it('leaves no page half empty but the last before a chapter or appendix: the text leading into a wide table turns with it', () => {
    const contents = [...layout[1]!.matchAll(/^\s*(\S.*?\S)\s+(\d+)\s*$/gm)].map((m) => ({
      title: m[1]!,
      page: Number(m[2]),
    }));
    const starts = new Set(
      contents.filter((e) => /^(Chapter \d+|Appendix|Executive summary)/.test(e.title)).map((e) => e.page),
    );
    const halfEmpty: number[] = [];
    for (let page = 2; page < pageCount; page++)
      if (!starts.has(page + 1) && largestGap(file, page) > 0.5) halfEmpty.push(page);
    expect(halfEmpty).toEqual([]);
    // The wide tables' section starts on the landscape page, where its contents entry points.
    const wide = contents.find((e) => e.title.startsWith('Wide tables in print'))!;
    expect(pageSizes()[wide.page - 1]!.landscape).toBe(true);
    expect(layout[wide.page - 1]).toContain('The matrix below has twelve columns');
  });

  it('marks the draft page as a draft in the contents and in its running header', () => {
    const draft = report.pages.find((p) => p.status === 'draft')!;
    const tocLine = layout[1]!.split('\n').find((l) => l.includes(draft.title))!;
    expect(tocLine).toMatch(/Draft/);
    expect(layout[1]!.match(/Draft/g)).toHaveLength(1);
    // The draft page's own pages: the appendices name its title only where they refer to it.
    const appendix = layout.findIndex((t, i) => i > 1 && t.includes('Appendix A'));
    const pages = layout.flatMap((t, i) => (t.includes(draft.title) && i > 1 && i < appendix ? [i] : []));
    expect(pages.length).toBeGreaterThan(0);
    const header = (i: number) => layout[i]!.split('\n').find((l) => l.trim())!;
    for (const i of pages) expect(header(i), `page ${i + 1}`).toMatch(/Draft/);
    const summary = layout.findIndex((t, i) => i > 1 && t.includes('Executive summary'));
    expect(header(summary)).not.toMatch(/Draft/);
  });

  it('says "not recorded" on the cover for the authors, date and version it was not given, and marks no classification', () => {
    const cover = layout[0]!;
    for (const field of ['Authors', 'Date', 'Version']) expect(cover).toMatch(new RegExp(`${field}\\s+not recorded`));
    expect(raw.join('\n')).not.toContain('内部资料');
    expect(pdfinfo(file).Keywords ?? '').toBe('');
  });

  it('has a cover with the verdict counts and the date of the evidence', () => {
    const cover = layout[0]!;
    expect(cover).toMatch(/Evidence as of\s+2026-11-26/);
    expect(cover).toMatch(new RegExp(`${report.claims.size} claims`));
    for (const { verdict, count } of verdictCounts(report).filter((v) => v.count > 0)) {
      const label = {
        supported: 'Supported',
        'partly-supported': 'Partly supported',
        unsupported: 'Unsupported',
        contradicted: 'Contradicted',
        'not-checkable': 'Not checkable',
      }[verdict];
      expect(cover).toMatch(new RegExp(`${label}\\s+${count}\\b`));
    }
  });

  it('sets Latin text in Noto Sans and CJK text in Noto Sans SC, all embedded as CID TrueType', () => {
    const fonts = pdffonts(file);
    expect(fonts.filter((f) => f.type !== 'CID TrueType')).toEqual([]);
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold']) expect(names).toContain(name);
    expect(names.some((n) => n.startsWith('NotoSansSC'))).toBe(true);
  });

  it('uses no Chinese punctuation of its own: a benchmark environment is a list, not joined with "；"', () => {
    const all = squash(raw.join('\n'));
    expect(all).toContain(squash('cpu Kunpeng 920 (64 cores) os Kylin V10 SP3 runtime Go 1.22.5'));
    expect(all).not.toContain(squash('Kunpeng 920 (64 cores)；'));
  });

  it('prints charts at 300 ppi or more', () => {
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => /\bimage\b/.test(l));
    expect(images.length).toBeGreaterThan(0);
    for (const line of images) {
      const [xppi, yppi] = line.trim().split(/\s+/).slice(12, 14).map(Number);
      expect(Math.min(xppi!, yppi!), line).toBeGreaterThanOrEqual(300);
    }
  });
});

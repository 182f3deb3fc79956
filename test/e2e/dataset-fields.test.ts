import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Dataset } from '../../src/model/types.ts';
import {
  adoptionDatasetSchema,
  benchmarkDatasetSchema,
  compatibilityDatasetSchema,
  tableDatasetSchema,
} from '../../src/schema/dataset.ts';

/**
 * Every field of the dataset schema must reach the reader, on the dataset page and in the print
 * edition. The fields come from the schema itself: a new field fails here until it is displayed.
 */
const site = inject('site');
const report = (await loadReport(diskFiles(site.root))).report!;
const t = ui(report.meta.locale);
const text = (file: string) =>
  new JSDOM(readFileSync(file, 'utf8')).window.document.body.textContent!.replace(/\s+/g, ' ');
const print = text(join(site.dist, 'print', 'index.html'));
const pageOf = (d: Dataset) => text(join(site.dist, 'data', d.id, 'index.html'));

const fields = [
  ...new Set(
    [tableDatasetSchema, adoptionDatasetSchema, compatibilityDatasetSchema, benchmarkDatasetSchema].flatMap((s) =>
      Object.keys(s.shape),
    ),
  ),
];
const keyText = (d: Dataset, row: number) => String(d.rows.at(row)![d.keyColumn]);

/** What a reader sees of each field; `site`/`print` default to the same words. */
const shown: Record<string, (d: Dataset) => { site: string[]; print?: string[]; html?: string[] }> = {
  kind: (d) => ({ site: [t.kindLabels[d.kind]] }),
  // The id names the dataset's address and downloads (an attribute, so read from the HTML itself).
  id: (d) => ({ site: [], print: [], html: [`data/${d.id}.csv`, `id="dataset-${d.id}"`] }),
  title: (d) => ({ site: [d.title] }),
  description: (d) => ({ site: [d.description!] }),
  columns: (d) => ({
    site: [...d.columnsById.values()].flatMap((c) => [
      c.label,
      ...(c.unit ? [c.unit] : []),
      ...(c.description ? [c.description] : []),
      ...(c.better ? [t.better[c.better]] : []),
    ]),
  }),
  rowKey: (d) => ({ site: [keyText(d, 0)] }),
  rows: (d) => ({ site: [keyText(d, 0), keyText(d, -1)], print: [keyText(d, 0)] }),
  csv: (d) => ({ site: [keyText(d, 0), keyText(d, -1)], print: [] }), // rows from CSV; print may refer to a chapter table
  sources: (d) => ({ site: d.sources.map((id) => report.sources.get(id)!.title) }),
  method: (d) => ({ site: [d.method!] }),
  collected: (d) => ({ site: [d.collected!] }),
  notes: (d) => ({ site: d.notes! }),
  pdf: (d) => ({
    site: [],
    print: typeof d.pdf === 'object' ? [t.rowsPrinted(d.pdf.rows, d.rows.length, `${site.base}data/${d.id}.csv`)] : [],
  }),
  metric: (d) => ({ site: [(d as Extract<Dataset, { kind: 'adoption' }>).metric] }),
  population: (d) => ({ site: [(d as Extract<Dataset, { kind: 'adoption' }>).population] }),
  sampleSize: (d) => ({ site: [String((d as Extract<Dataset, { kind: 'adoption' }>).sampleSize)] }),
  environment: (d) => ({ site: Object.entries((d as Extract<Dataset, { kind: 'benchmark' }>).environment).flat() }),
};

describe('every dataset field', () => {
  it.each(fields)('%s is shown on the dataset page and in the print edition', (field) => {
    expect(shown, `no display rule for the dataset field "${field}"`).toHaveProperty(field);
    // csv and rows are alternatives, and pdf defaults: a field counts as set when the author wrote it.
    const setting = [...report.datasets.values()].filter(
      (d) => (d as Record<string, unknown>)[field] !== undefined && (field !== 'csv' || d.csvFile),
    );
    const written = field === 'csv' ? [...report.datasets.values()].filter((d) => d.csvFile) : setting;
    expect(written.length, `no dataset of the test report sets "${field}"`).toBeGreaterThan(0);
    for (const dataset of written) {
      const { site: onSite, print: inPrint = onSite, html = [] } = shown[field]!(dataset);
      const markup =
        readFileSync(join(site.dist, 'data', dataset.id, 'index.html'), 'utf8') +
        readFileSync(join(site.dist, 'print', 'index.html'), 'utf8');
      for (const words of html) expect(markup, `${dataset.id}.${field} in the HTML`).toContain(words);
      const page = pageOf(dataset);
      for (const words of onSite)
        expect(page, `${dataset.id}.${field} on its page`).toContain(words.replace(/\s+/g, ' '));
      for (const words of inPrint)
        expect(print, `${dataset.id}.${field} in print`).toContain(words.replace(/\s+/g, ' '));
    }
  });

  it("prints a dataset's notes under its tables in chapters too", () => {
    const long = report.datasets.get('synthetic-long')!;
    const figure = long.usedBy.find((f) => f.kind === 'table')!;
    const chapter = report.pages.find((p) => p.id === figure.pageId)!;
    const html = text(join(site.dist, ...chapter.id.split('/'), 'index.html'));
    for (const note of long.notes!) expect(html).toContain(note);
  });
});

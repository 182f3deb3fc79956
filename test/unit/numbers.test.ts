import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { writtenDecimals } from '../../src/model/number-format.ts';
import { datasetCsv } from '../../src/render/downloads.ts';
import { renderContext } from '../../src/render/context.ts';
import { dataTable } from '../../src/render/figures.ts';
import { Urls } from '../../src/render/urls.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

/** The starter with one more dataset whose numbers are written the way analysts write them. */
async function withDataset(yaml: string, csv: string) {
  const files = readTree(starterDir);
  files['data/datasets/prices.yaml'] = yaml;
  files['data/datasets/prices.csv'] = csv;
  const { report, diagnostics } = await loadReport(memoryFiles(files));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const ctx = renderContext(report!, new Urls('/'));
  const dataset = report!.datasets.get('prices')!;
  const cells = (column: string) => {
    const html = toHtml(dataTable(ctx, dataset, { columns: [column] }));
    return [...html.matchAll(/<t[hd][^>]*data-value[^>]*>([^<]*)</g)].map((m) => m[1]);
  };
  const html = (column: string) => toHtml(dataTable(ctx, dataset, { columns: [column] }));
  return { cells, html, csv: datasetCsv(dataset) };
}

const yaml = (extra = '') => `kind: table
id: prices
title: 价格
columns:
  - { id: year, label: 年份, type: integer }
  - { id: price, label: 单价, type: number, unit: 元${extra} }
  - { id: ratio, label: 比率, type: number }
csv: prices.csv
sources: []
method: 测试
collected: 2026-11-26
`;
const csv = 'year,price,ratio\n2021,4.80,0.3598\n2022,20098,0.5\n2023,25790.4,1\n';

describe('numbers as authored', () => {
  it('count the decimals the author wrote', () => {
    expect([
      writtenDecimals('4.80'),
      writtenDecimals('20098'),
      writtenDecimals('0.3598'),
      writtenDecimals('-1.50'),
      writtenDecimals('1e3'),
    ]).toEqual([2, 0, 4, 2, 0]);
  });

  it('show one number of decimals per column, the most written, and years without grouping, on the site and in the CSV download', async () => {
    const { cells, csv: download } = await withDataset(yaml(), csv);
    expect(cells('year')).toEqual(['2021', '2022', '2023']);
    expect(cells('price')).toEqual(['4.80', '20,098.00', '25,790.40']);
    expect(cells('ratio')).toEqual(['0.3598', '0.5000', '1.0000']);
    expect(download).toContain('2021,4.80,0.3598\n2022,20098.00,0.5000\n');
  });

  it('follow the column when it declares decimals and format', async () => {
    const { cells, csv: download } = await withDataset(yaml(', decimals: 1, format: plain'), csv);
    expect(cells('price')).toEqual(['4.8', '20098.0', '25790.4']);
    expect(download).toContain('2022,20098.0,0.5000\n');
  });

  it('keep the source\'s "~" on approximate values: in the table, its heading and the CSV download', async () => {
    const { cells, csv: download, html } = await withDataset(yaml(', approximate: true'), csv);
    expect(cells('price')).toEqual(['~4.80', '~20,098.00', '~25,790.40']);
    expect(cells('ratio')).toEqual(['0.3598', '0.5000', '1.0000']);
    expect(html('price')).toContain('单价<span class="approximate">（约数）</span>');
    expect(download).toContain('2021,~4.80,0.3598\n');
  });
});

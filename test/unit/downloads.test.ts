import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { datasetCsv } from '../../src/render/downloads.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

describe('the CSV download', () => {
  it('keeps formulas inert for Excel and WPS (a leading apostrophe), and numbers as numbers', async () => {
    const files = readTree(starterDir);
    files['data/datasets/go-adoption-claimed.csv'] =
      'language,share\n"=HYPERLINK(""http://x"",""y"")",37\n+cmd,-2\n-1+1,1\n@SUM(A1),2\n"\tTab",3\nGo,4\n';
    const result = await loadReport(memoryFiles(files));
    const csv = datasetCsv(result.report!.datasets.get('go-adoption-claimed')!);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['language', 'share'],
      [`'=HYPERLINK("http://x","y")`, '37'],
      ["'+cmd", '-2'],
      ["'-1+1", '1'],
      ["'@SUM(A1)", '2'],
      ["'\tTab", '3'],
      ['Go', '4'],
    ]);
  });
});

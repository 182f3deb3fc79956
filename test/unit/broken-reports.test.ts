import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { starterWith, fixturesDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/**
 * Each folder under test/fixtures/broken/ is the starter report with one mistake laid over it.
 * Its expected.txt lists every diagnostic, one a line: `file:line:column  path  code  message`.
 * `UPDATE_FIXTURES=1 npx vitest run broken` rewrites them; read the diff before committing.
 */
const brokenDir = join(fixturesDir, 'broken');
const cases = readdirSync(brokenDir).sort();

const line = (d: Diagnostic) =>
  `${d.file}:${d.line}:${d.column}  ${d.path || '-'}  ${d.code}  ${d.message}${d.hint ? `  (${d.hint})` : ''}`;

describe('broken reports', () => {
  it('cover at least 25 distinct problems', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(brokenDir, name);
    const result = await loadReport(memoryFiles(starterWith(dir)), { parseDiagram: parseInWorker });
    const actual = result.diagnostics.map(line).join('\n') + '\n';
    const expectedFile = join(dir, 'expected.txt');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    // A broken report never yields a model that could be rendered.
    if (result.diagnostics.some((d) => d.severity === 'error')) expect(result.report).toBeUndefined();
  });
});

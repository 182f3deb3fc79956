import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/**
 * Mutates the valid starter report at random, the way hurried editing does, and checks the
 * loader's promise: every outcome is a list of positioned diagnostics, never an exception.
 */
const starter = readTree(starterDir);
const paths = Object.keys(starter).sort();
const pieces = [
  ':',
  ' ',
  '\n',
  '-',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '`',
  '```',
  '---',
  '|',
  ',',
  '*',
  '&',
  '!',
  '\t',
  '0',
  '1.5',
  'null',
  'true',
  '图',
  '（',
  '](claim:',
  '](source:x)',
  '```chart\n',
  '```mermaid\n',
  'dataset: ',
  'y: ',
  'id: ',
];

const mutation = fc.record({
  file: fc.constantFrom(...paths),
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((parts) => parts.join('')),
});

function apply(files: Record<string, string>, m: { file: string; at: number; remove: number; insert: string }) {
  const text = files[m.file]!;
  const at = m.at % (text.length + 1);
  return { ...files, [m.file]: text.slice(0, at) + m.insert + text.slice(at + m.remove) };
}

describe('random edits to a valid report', () => {
  it('always end in diagnostics, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const files = mutations.reduce(apply, starter);
        const result = await loadReport(memoryFiles(files), { parseDiagram: parseInWorker });
        for (const d of result.diagnostics) {
          expect(
            d.file in files ||
              d.file === 'content/report.yaml' ||
              d.file === 'content/index.md' ||
              d.file.endsWith('.csv'),
          ).toBe(true);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
        expect(result.report === undefined).toBe(result.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { a4Geometry, planTable, type ColumnWidth, type TableMeasure } from '../../src/publish/table-plan.ts';

/** A table of `n` columns, each as narrow and as wide as given (CSS pixels at 9 pt). */
const table = (columns: Partial<ColumnWidth>[]): TableMeasure => ({
  index: 0,
  holder: 'fig-1-1',
  caption: 'test',
  key: 0,
  columns: columns.map((c, i) => ({ label: `c${i}`, min: 40, max: 100, ...c })),
});
const same = (n: number, c: Partial<ColumnWidth> = {}) => table(Array.from({ length: n }, () => c));

describe('planTable', () => {
  it('keeps a table that fits the text width on a portrait page, at the base size', () => {
    expect(planTable(same(4))).toEqual({ index: 0, wide: false, fontPt: 9, parts: [[0, 1, 2, 3]], tooWide: [] });
  });

  it('moves a table to a landscape page when it is too wide for a portrait one', () => {
    // 12 columns of 72 px (the comfortable minimum) need 864 px: more than 657, less than 986.
    const plan = planTable(same(12));
    expect(plan.wide).toBe(true);
    expect(plan.fontPt).toBe(9);
    expect(plan.parts).toHaveLength(1);
  });

  it('then sets it in smaller type, down to the floor', () => {
    // 15 columns need 1080 px at 9 pt, 960 px at 8 pt: fits landscape at 8 pt.
    const plan = planTable(same(15));
    expect(plan).toMatchObject({ wide: true, fontPt: 8, parts: [Array.from({ length: 15 }, (_, i) => i)] });
  });

  it('never asks a column for less than its longest word', () => {
    const plan = planTable(table([{}, { min: 700, max: 900 }]));
    expect(plan.wide).toBe(true);
  });

  it('then splits the columns into parts that each repeat the key column', () => {
    const plan = planTable(same(30));
    expect(plan.wide).toBe(true);
    expect(plan.parts.length).toBeGreaterThan(1);
    for (const part of plan.parts) expect(part[0]).toBe(0);
    // Every column is printed exactly once besides the key.
    expect(plan.parts.flatMap((p) => p.slice(1)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 29 }, (_, i) => i + 1),
    );
    // Each part fits a landscape page at the chosen size.
    for (const part of plan.parts)
      expect(part.length * 72 * (plan.fontPt / 9)).toBeLessThanOrEqual(a4Geometry.landscape);
    expect(plan.tooWide).toEqual([]);
  });

  it('names a column that fits no page even alone with the key column', () => {
    const plan = planTable(table([{}, {}, { label: 'hash', min: 2000, max: 2000 }, {}]));
    expect(plan.tooWide.map((c) => c.label)).toEqual(['hash']);
    expect(plan.parts.flatMap((p) => p.slice(1)).sort()).toEqual([1, 2, 3]);
  });
});

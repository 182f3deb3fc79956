import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';

describe('interface words', () => {
  it('count rows in English grammar, one row included', () => {
    const en = ui('en');
    expect(en.rowCount(1)).toBe('1 row');
    expect(en.rowCount(3)).toBe('3 rows');
    expect(en.printedInChapter(1, '2.1 Drivers')).toBe('Its one row is printed in the table in “2.1 Drivers”');
    expect(en.printedInChapter(12, '2.1 Drivers')).toBe('All 12 rows are printed in the table in “2.1 Drivers”');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The starter's 02-迁移 page breaks a Chinese paragraph after "延迟。"; readers must see no gap there. */
const site = inject('site');
const read = (...path: string[]) => readFileSync(join(site.dist, ...path), 'utf8');

describe('a line break inside a Chinese paragraph', () => {
  it('leaves no space on the site page, in the search index source, or in the print edition', () => {
    const page = read('迁移', 'index.html');
    const print = read('print', 'index.html');
    for (const html of [page, print]) {
      expect(html).toContain('延迟。这些数字');
      expect(html).not.toMatch(/延迟。\s+这些数字/);
    }
  });
});

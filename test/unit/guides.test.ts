import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run.ts';

/**
 * docs/authoring.md (中文) and docs/authoring.en.md (English) describe one contract: they have the
 * same sections in the same order, and a heading that names a file, a field or a fence names the
 * same one in both. A section added to one guide only fails here.
 */
interface Heading {
  level: number;
  /** Paths, fences and field names in the heading, which do not change with the language. */
  names: string[];
  text: string;
}

function headings(file: string): Heading[] {
  const text = readFileSync(join(repoRoot, 'docs', file), 'utf8').replace(/^(```|````)[\s\S]*?^\1\s*$/gm, '');
  return [...text.matchAll(/^(#{1,6}) (.+)$/gm)].map(([, hashes, title]) => ({
    level: hashes!.length,
    names: (title!.match(/```\w+|[\w.*-]+\/[\w.*/-]+|^[a-z]+(?=[：:])/g) ?? []).sort(),
    text: title!,
  }));
}

describe('the authoring guides', () => {
  const zh = headings('authoring.md');
  const en = headings('authoring.en.md');

  it('have the same sections, level by level, in the same order', () => {
    const outline = (list: Heading[]) => list.map((h) => `${'#'.repeat(h.level)} ${h.names.join(' ')}`);
    expect(outline(en)).toEqual(outline(zh));
    expect(zh.length).toBeGreaterThan(15);
  });

  it('are both linked from the README', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/authoring.md)');
    expect(readme).toContain('(docs/authoring.en.md)');
  });
});

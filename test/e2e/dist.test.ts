import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../helpers/run.ts';

/** What dist/ ships: only what readers or the print edition use, text also pre-compressed. */
const site = inject('site');
const files = walk(site.dist).map((f) => relative(site.dist, f));
const TEXT = ['.html', '.css', '.js', '.json', '.svg', '.csv'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('dist/', () => {
  it('ships the print fonts only as the WOFF2 the print edition loads', () => {
    const fonts = files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
    const css = files
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(site.dist, f), 'utf8'))
      .join('\n');
    for (const font of fonts) expect(css).toContain(font.split('/').pop());
  });

  it('has no build leftovers in its root and no unused search interface', () => {
    expect(files.filter((f) => f.endsWith('.mjs') && !f.startsWith('_dossier/'))).toEqual([]);
    expect(files.filter((f) => /pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
    expect(files).toContain('pagefind/pagefind.js');
  });

  it('has .br and .gz copies of every text file worth compressing, with the same content', () => {
    const text = files.filter((f) => TEXT.includes(extname(f)) && statSync(join(site.dist, f)).size >= 512);
    expect(text.some((f) => f.startsWith('pagefind/'))).toBe(true);
    for (const file of text) {
      const original = readFileSync(join(site.dist, file));
      expect(brotliDecompressSync(readFileSync(join(site.dist, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(join(site.dist, `${file}.gz`))).equals(original), file).toBe(true);
    }
    // Pagefind's index fragments are compressed already; compressing them again gains nothing.
    expect(files.filter((f) => /\.pf_(fragment|index|meta)\.(br|gz)$/.test(f))).toEqual([]);
  });

  it('documents the web server set-up for the pre-compressed files, the CSP and the 404 page', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const directive of ['gzip_static on', 'brotli_static on', 'Content-Security-Policy', 'error_page 404'])
      expect(readme).toContain(directive);
  });
});

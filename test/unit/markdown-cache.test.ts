import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../src/markdown/render.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { markdownCache } from '../../src/node/markdown-cache.ts';
import { renderContext } from '../../src/render/context.ts';
import { Urls } from '../../src/render/urls.ts';

const sample = join(import.meta.dirname, '..', '..');
const pageTexts = async (options = {}) => {
  const { report } = await loadReport(diskFiles(sample), options);
  const ctx = renderContext(report!, new Urls('/'));
  return { report: report!, html: await Promise.all(report!.pages.map((page) => renderPage(ctx, page))) };
};

afterEach(() => vi.unstubAllEnvs());

describe('parsed pages kept between runs', () => {
  it('reads back trees that render the same pages as parsing afresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-markdown-cache-'));
    const fresh = await pageTexts();
    const first = await pageTexts(markdownCache(dir));
    const stored = readdirSync(dir);
    expect(stored).toHaveLength(fresh.report.pages.length);
    const second = await pageTexts(markdownCache(dir));
    expect(readdirSync(dir)).toEqual(stored);
    for (const run of [first, second]) {
      expect(run.report.pages.map((page) => page.tree)).toEqual(fresh.report.pages.map((page) => page.tree));
      expect(run.html).toEqual(fresh.html);
    }
  });

  it('takes a stored tree only for the same text, and parses a damaged one again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-markdown-cache-'));
    const { parseMarkdown } = markdownCache(dir);
    const one = parseMarkdown!('---\ntitle: 一\n---\n\n第一段。\n');
    expect(parseMarkdown!('---\ntitle: 二\n---\n\n第二段。\n')).not.toEqual(one);
    const [file] = readdirSync(dir);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"type": "root", "chi');
    expect(parseMarkdown!('---\ntitle: 一\n---\n\n第一段。\n')).toEqual(one);
    expect(readdirSync(dir)).toContain(file);
  });

  it('is off for a first build (DOSSIER_NO_CACHE=1)', () => {
    vi.stubEnv('DOSSIER_NO_CACHE', '1');
    expect(markdownCache(mkdtempSync(join(tmpdir(), 'dossier-markdown-cache-')))).toEqual({});
  });
});

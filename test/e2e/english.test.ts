import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { starterWith, fixturesDir, withoutUnsettledFields } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

/** The interface follows report.yaml's locale: the starter with `locale: en`, built without a PDF. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-en-'));
  const files = starterWith(join(fixturesDir, 'long-table'));
  // Authors, date, version and classification are not settled yet: left out.
  files['content/report.yaml'] = withoutUnsettledFields(
    files['content/report.yaml']!.replace('locale: zh-CN', 'locale: en'),
  );
  writeTree(join(work, 'report'), files);
  const { code, stdout, stderr } = runScript('build.ts', [
    '--root',
    join(work, 'report'),
    '--out',
    join(work, 'dist'),
    '--no-pdf',
  ]);
  if (code !== 0) throw new Error(`${stdout}\n${stderr}`);
  server = await serve(join(work, 'dist'));
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an English report', () => {
  it('shows the interface in English, with no PDF link when no PDF was built', async () => {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const text = await page.textContent('body');
    for (const words of [
      'Executive summary',
      'Key findings',
      'Evidence overview',
      'Chapters',
      'Claim ledger',
      'Bibliography',
      'Contradicted',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('执行摘要');
    // What the author did not give is said to be unrecorded, never made up or left as a blank.
    const line = await page.textContent('.report-line');
    for (const words of ['Report date: not recorded', 'Version not recorded', 'Authors: not recorded'])
      expect(line).toContain(words);
    expect((await page.textContent('.site-footer p'))?.trim()).toBe(
      'Dossier 示例团队 · Version not recorded · Date: not recorded',
    );
    expect(text).not.toContain('内部资料');
    expect(await page.$('a[href$=".pdf"]')).toBeNull();
    await page.close();
  });

  it('labels figures, sources and the ledger filter in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${encodeURI('迁移')}/`, { waitUntil: 'networkidle' });
    const text = await page.textContent('main');
    expect(text).toMatch(/Figure 2-1/);
    expect(text).toContain('Source: ');
    expect(text).toContain('Show the data table');
    await page.goto(`${server.url}claims/`, { waitUntil: 'networkidle' });
    expect(await page.textContent('.ledger-filter')).toContain('Filter by verdict');
    await page.close();
  });
});

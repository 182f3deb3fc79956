import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { buildFixture } from '../helpers/build-fixture.ts';
import { fixturesDir, starterWith } from '../helpers/fixtures.ts';
import { drawCharts } from '../helpers/reader.ts';
import { pageTexts, pdfinfo } from '../helpers/poppler.ts';

/**
 * A report whose CSV cell, column label, unit, series, chart title, title and classification try
 * to close the <script> and <style> elements they are written into. Served WITHOUT the CSP, as
 * many intranet servers do: no script of theirs may run, and the PDF must still be made.
 */
const root = join(mkdtempSync(join(tmpdir(), 'dossier-hostile-')), 'report');
let dist = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  writeTree(root, starterWith(join(fixturesDir, 'hostile')));
  dist = buildFixture(root, '/');
  server = await serve(dist, '/', { csp: false });
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile report content', () => {
  it.each(['现状/', 'print/'])('runs no script on /%s, even without a CSP', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await drawCharts(page);
    expect(dialogs).toEqual([]);
    // The values are shown as text: the chart data still parses and the chart is drawn.
    expect(await page.locator('figure[data-chart] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('figure[data-chart] th').allTextContents()).toContain(
      "Go</script><script>alert('cell')</script>",
    );
    await page.close();
  });

  it('builds the PDF, with the title and classification as literal text in the running header', () => {
    const pdf = join(dist, 'go-xinchuang-starter.pdf');
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThan(3);
    const second = pageTexts(pdf, 2, 'raw')[1]!.replace(/\s+/g, '');
    expect(second).toContain("Go</style><script>alert('title')</script>报告");
    expect(second).toContain(`内部资料</style><script>alert('classification')</script>"}`);
    expect(readFileSync(join(dist, '现状', 'index.html'), 'utf8')).not.toContain("</script><script>alert('cell')");
  });
});

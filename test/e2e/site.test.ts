import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { Urls } from '../../src/render/urls.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { drawCharts, pagePaths as allPagePaths } from '../helpers/reader.ts';

/** The starter report, built under a sub-path and served with the strict CSP, read in Chromium. */
const site = inject('site');
const base = site.base;
const report = (await loadReport(diskFiles(site.root))).report!;
const urls = new Urls(base);
const pagePaths = allPagePaths(report, urls);

let browser: Browser;
let context: Promise<BrowserContext> | undefined;
let server: Awaited<ReturnType<typeof serve>>;
let origin: string;

beforeAll(async () => {
  server = await serve(site.dist, base);
  origin = new URL(server.url).origin;
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page and records everything a reader's browser would complain about. */
async function visit(path: string): Promise<Visit> {
  // One context for all pages: a page in it opens in a tenth of a fresh context's time.
  context ??= browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await (await context).newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on(
    'request',
    (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`external: ${r.url()}`),
  );
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await drawCharts(page);
  return { page, problems };
}

/**
 * Pagefind's own JS API, run in the page. Passed as a string: vitest would otherwise rewrite the
 * dynamic import for Node before it reaches the browser.
 */
async function searchInPage(page: Page, query: string): Promise<string[]> {
  return (await indexedPages(page, query)).map((d) => d.url);
}

/** What Pagefind holds for the pages a query finds: their URL and their indexed text. */
function indexedPages(page: Page, query: string): Promise<{ url: string; content: string }[]> {
  const bundle = JSON.stringify(urls.asset('pagefind/pagefind.js'));
  return page.evaluate(`(async () => {
    const pagefind = await import(${bundle});
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, content: d.content }));
  })()`);
}

// Accessibility (axe) and the 375 px layout of every page are the reader tests' part.
describe.concurrent('every page', () => {
  it.each(pagePaths)('%s loads cleanly under the CSP', async (path) => {
    const { page, problems } = await visit(path);
    expect(await page.title()).not.toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the built site', () => {
  it('has no broken internal link or anchor anywhere', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      linksToSkip: [`^(?!${origin})`],
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    const crawled = new Set(result.links.map((l) => decodeURI(new URL(l.url).pathname)));
    // The search page is reached through the header's form, not a link.
    for (const path of pagePaths.filter((p) => !p.endsWith('404.html') && p !== urls.search()))
      expect(crawled).toContain(decodeURI(path));
  });

  it('draws every chart (coloured pixels on the canvas, not a blank box)', async () => {
    const chartPages = report.pages.filter((p) => p.figures.some((f) => f.kind === 'chart'));
    expect(chartPages.length).toBeGreaterThan(0);
    for (const chartPage of chartPages) {
      const { page } = await visit(urls.page(chartPage));
      const inked = await page.$$eval('figure[data-chart] canvas', (canvases) =>
        canvases.map((canvas) => {
          const c = canvas as HTMLCanvasElement;
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let coloured = 0;
          // Count pixels of the palette's first colour (#0072B2): the bars themselves.
          for (let i = 0; i < data.length; i += 4)
            if (
              Math.abs(data[i]! - 0x00) < 16 &&
              Math.abs(data[i + 1]! - 0x72) < 16 &&
              Math.abs(data[i + 2]! - 0xb2) < 16
            )
              coloured++;
          return coloured / (c.width * c.height);
        }),
      );
      expect(inked.length).toBe(chartPage.figures.filter((f) => f.kind === 'chart').length);
      for (const share of inked) expect(share).toBeGreaterThan(0.02);
      await page.close();
    }
  });

  it('draws every diagram as SVG in the HTML, with its title and source, and loads no JS for it', async () => {
    const diagramPage = report.pages.find((p) => p.figures.some((f) => f.kind === 'mermaid'))!;
    const html = readFileSync(
      join(site.dist, decodeURI(urls.page(diagramPage)).slice(base.length), 'index.html'),
      'utf8',
    );
    const figureHtml = /<figure[^>]*diagram-figure[\s\S]*?<\/figure>/.exec(html)![0];
    // In the HTML as sent: readable without JavaScript and by search engines.
    const svgText = /<svg[\s\S]*<\/svg>/
      .exec(figureHtml)![0]
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, '');
    expect(svgText).toContain('信创语言选型依据');
    expect(svgText).toContain('指令集原生支持');
    expect(figureHtml).not.toMatch(/<script|graph TD/);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(origin + urls.page(diagramPage), { waitUntil: 'networkidle' });
    const figure = await page.$eval('figure.diagram-figure', (el) => ({
      svgText: el.querySelector('svg')?.textContent ?? '',
      width: el.querySelector('svg')!.getBoundingClientRect().width,
      nodes: el.querySelectorAll('svg g.node').length,
      caption: el.querySelector('figcaption')?.textContent ?? '',
      open: el.querySelector<HTMLAnchorElement>('.diagram-open a')?.getAttribute('href') ?? '',
    }));
    // This page also has a sortable table; nothing it loads is for the diagram.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((url) => /TablesScript/.test(url))).toBe(true);
    expect(figure.nodes).toBe(5);
    expect(figure.width).toBeGreaterThan(200);
    expect(figure.caption).toContain('图 1-2 选型依据的三个维度');
    expect(figure.caption).toMatch(/来源：\[\d+\] /);
    await page.close();

    // The standalone file a phone opens full screen and zooms: the same drawing, an SVG document.
    const standalone = await browser.newPage();
    const response = await standalone.goto(origin + figure.open);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('image/svg+xml');
    expect(await standalone.evaluate(() => document.documentElement.localName)).toBe('svg');
    expect(await standalone.evaluate(() => document.documentElement.textContent)).toContain('政企安全审计合规性');
    await standalone.close();
  });

  it('ships no chart or diagram code to a page without figures', async () => {
    const { page } = await visit(urls.sources());
    const scripts = await page.$$eval('script[src]', (els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(scripts.join(' ')).not.toMatch(/Charts|Diagrams|mermaid/i);
    await page.close();
  });

  it("names source types and cited pages in the report's words and numbering", async () => {
    const { page } = await visit(urls.sources());
    const meta = await page.locator('.source-meta').allTextContents();
    expect(meta.length).toBeGreaterThan(0);
    // "类型：文章", never the schema's English keyword ("类型：article").
    for (const line of meta) expect(line).toMatch(/类型：[\u4e00-\u9fff]/);
    // Pages citing a source carry the number the menu gives them ("2.1 标题").
    const cited = await page.locator('.source-cited a').allTextContents();
    const menu = await page.locator('.site-menu a').allTextContents();
    for (const link of cited.filter((c) => c !== '执行摘要'))
      expect(menu.map((m) => m.replace(/\s+/g, ' ').trim())).toContain(link);
    await page.close();
  });

  const queries: [string, string][] = [
    ['达梦', '迁移'],
    ['人大金仓', '迁移'],
    ['延迟', '迁移'],
    ['麒麟', '现状/生态'],
    ['海光', '现状/生态'],
    ['兼容性', '现状/生态'],
    ['毕业', '现状'],
    ['采用率', '现状'],
    ['结论先行', ''],
    ['信创', ''],
  ];
  it.concurrent.each(queries)('search for %s finds the page %s', async (query, pageId) => {
    const { page } = await visit(urls.search());
    const found = (await searchInPage(page, query)).map((url) => decodeURI(url));
    expect(found).toContain(decodeURI(urls.page({ id: pageId })));
    await page.close();
  });

  it('does not index diagram source or navigation', async () => {
    const { page } = await visit(urls.search());
    expect(await searchInPage(page, 'graph')).toEqual([]);
    const diagramPage = (await indexedPages(page, '兼容性')).find((d) => decodeURI(d.url).endsWith('/现状/生态/'))!;
    expect(diagramPage.content).toContain('中间件兼容性');
    // The diagram's labels are searchable (its text alternative), its source code is not.
    expect(diagramPage.content).toContain('指令集原生支持');
    for (const chrome of ['graph TD', '-->', '上一页', '本页目录', '断言台账', '搜索报告全文'])
      expect(diagramPage.content).not.toContain(chrome);
    await page.close();
  });

  it('searches from the header box with the Chinese interface', async () => {
    const { page, problems } = await visit(urls.page(report.pages[1]!));
    await page.fill('#site-search', '达梦');
    await page.press('#site-search', 'Enter');
    await page.waitForSelector('.search-result-link');
    const links = await page.$$eval('.search-result-link', (as) =>
      as.map((a) => decodeURI((a as HTMLAnchorElement).pathname)),
    );
    expect(links).toContain(decodeURI(urls.page({ id: '迁移' })));
    expect(await page.textContent('.search-status')).toMatch(/[\u4e00-\u9fff]/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters the claim ledger by verdict', async () => {
    const { page } = await visit(`${urls.claims()}?verdict=contradicted`);
    const visible = await page.$$eval('[data-claim]:not([hidden])', (els) =>
      els.map((e) => (e as HTMLElement).dataset.verdict),
    );
    expect(visible).toEqual(
      [...report.claims.values()].filter((c) => c.verdict === 'contradicted').map(() => 'contradicted'),
    );
    await page.selectOption('select[name="verdict"]', '');
    expect(await page.$$eval('[data-claim]:not([hidden])', (els) => els.length)).toBe(report.claims.size);
    await page.close();
  });
});

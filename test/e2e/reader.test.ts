import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { Urls } from '../../src/render/urls.ts';
import {
  axeViolations,
  brokenHeadingWords,
  onePerKind,
  open,
  pagePaths,
  punctuationStartingLines,
} from '../helpers/reader.ts';

/** The site as a reader meets it: on a laptop and a phone, light and dark, the answer first. */
const starter = inject('site');
const sample = inject('sample');
const starterReport = (await loadReport(diskFiles(starter.root))).report!;
const sampleReport = (await loadReport(diskFiles(sample.root))).report!;
const urls = new Urls(starter.base);
const starterPaths = pagePaths(starterReport, urls);
const laptop = { width: 1280, height: 800 };
const phone = { width: 375, height: 667 };

let browser: Browser;
let starterOrigin: string;
let sampleOrigin: string;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  const a = await serve(starter.dist, starter.base);
  const b = await serve(sample.dist, sample.base);
  servers.push(a, b);
  starterOrigin = new URL(a.url).origin;
  sampleOrigin = new URL(b.url).origin;
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

describe('home page', () => {
  it.each([
    ['laptop', laptop],
    ['phone', phone],
  ] as const)('shows title, date and the verdict overview on the first screen (%s)', async (_, screen) => {
    const page = await open(browser, starterOrigin + urls.home(), screen);
    const bottoms = await page.$$eval('h1, .report-line time, .verdict-strip, .verdict-legend', (els) =>
      els.map((e) => e.getBoundingClientRect().bottom),
    );
    expect(bottoms).toHaveLength(4);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(screen.height);
    const legend = await page.$$eval('.verdict-legend li', (els) =>
      els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()),
    );
    const claims = [...starterReport.claims.values()];
    expect(legend.map((l) => Number(l!.match(/(\d+)$/)![1])).reduce((a, b) => a + b, 0)).toBe(claims.length);
    expect(legend.join(' ')).toMatch(/有据 \d+/);
    await page.close();
  });

  it('gives every key finding its claim marks, then the summary and the chapters without double numbers', async () => {
    const page = await open(browser, starterOrigin + urls.home(), laptop);
    const findings = await page.$$eval('.findings > li', (els) =>
      els.map((e) => e.querySelectorAll('.claim-mark').length),
    );
    expect(findings.length).toBe(starterReport.pages[0]!.findings!.length);
    for (const marks of findings) expect(marks).toBeGreaterThan(0);
    const order = await page.$$eval('main h2', (els) => els.map((e) => e.id));
    expect(order.indexOf('evidence')).toBeLessThan(order.indexOf('findings'));
    expect(order.indexOf('findings')).toBeLessThan(order.indexOf('summary'));
    expect(order.indexOf('summary')).toBeLessThan(order.indexOf('chapters'));
    const chapters = await page.$$eval('.chapter-list a', (as) => as.map((a) => (a as HTMLElement).innerText));
    for (const text of chapters) expect(text).not.toMatch(/^\d+(\.\d+)*\s+\d+\.\d+/);
    await page.close();
  });
});

describe('navigation', () => {
  it('has the report menu on every kind of page: a sidebar on a laptop, a button that works without JavaScript on a phone', async () => {
    for (const path of onePerKind(starterReport, urls)) {
      const wide = await open(browser, starterOrigin + path, laptop);
      expect(await wide.isVisible('.sidebar .site-menu'), path).toBe(true);
      expect(await wide.isVisible('.menu-button'), path).toBe(false);
      await wide.close();
      const narrow = await open(browser, starterOrigin + path, { ...phone, javaScript: false });
      expect(await narrow.isVisible('.sidebar'), path).toBe(false);
      expect(await narrow.isVisible('.menu-button .site-menu'), path).toBe(false);
      await narrow.click('.menu-button > summary');
      expect(await narrow.isVisible('.menu-button .site-menu'), path).toBe(true);
      const links = await narrow.$$eval('.menu-button .site-menu a', (as) =>
        as.map((a) => (a as HTMLAnchorElement).innerText.trim()),
      );
      expect(links).toEqual(expect.arrayContaining(['断言台账', '参考文献', '数据集']));
      expect(links.length).toBe(starterReport.pages.length + 3);
      await narrow.close();
    }
  }, 600_000);

  it('numbers chapters and sections alike in the menu and the page headings', async () => {
    const section = starterReport.pages.find((p) => !p.isChapterStart && p.id !== '')!;
    const page = await open(browser, starterOrigin + urls.page(section), laptop);
    const current = await page.$eval('.sidebar a[aria-current="page"]', (a) => (a as HTMLElement).innerText.trim());
    const heading = await page.$eval('h1', (h) => (h as HTMLElement).innerText.trim());
    expect(current).toMatch(new RegExp(`^${section.chapter}\\.1 `));
    expect(heading).toBe(current);
    await page.close();
  });

  it('lists the sections of a chapter with their summaries', async () => {
    const chapter = starterReport.chapters.find((c) => c.pages.length > 1)!;
    const page = await open(browser, starterOrigin + urls.page(chapter.pages[0]!), laptop);
    const items = await page.$$eval('.chapter-sections li', (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(items).toHaveLength(chapter.pages.length - 1);
    chapter.pages.slice(1).forEach((section, i) => section.summary && expect(items[i]).toContain(section.summary));
    await page.close();
  });

  it('keeps the on-page contents on a phone', async () => {
    const withHeadings = starterReport.pages.find((p) => p.id !== '' && p.headings.some((h) => h.depth === 2))!;
    const page = await open(browser, starterOrigin + urls.page(withHeadings), phone);
    await page.click('.toc-inline > summary');
    const first = withHeadings.headings.find((h) => h.depth === 2)!;
    expect(await page.isVisible(`.toc-inline a[href="#${encodeURIComponent(first.slug)}"]`)).toBe(true);
    await page.close();
  });

  it('groups the datasets by chapter and names their kinds in words', async () => {
    const page = await open(browser, starterOrigin + urls.asset('data/'), laptop);
    const groups = await page.$$eval('main h2', (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(groups.length).toBeGreaterThan(1);
    const facts = await page.$$eval('.dataset-facts', (els) => els.map((e) => e.textContent ?? ''));
    for (const text of facts) {
      expect(text).toMatch(/^(表格|采用率|兼容性|基准测试) · \d+ 行 · 采集日期/);
      expect(text).not.toMatch(/\b(table|adoption|compatibility|benchmark)\b/);
    }
    await page.close();
  });
});

describe.concurrent('on a phone (375 px)', () => {
  const cases = [
    ...starterPaths.map((path) => ['starter', path] as const),
    ...onePerKind(sampleReport, new Urls(sample.base)).map((path) => ['sample', path] as const),
  ];
  it.each(cases)(
    '%s %s: no sideways scrolling, whole words in table headings, no line starting with closing punctuation',
    async (which, path) => {
      const page = await open(browser, (which === 'starter' ? starterOrigin : sampleOrigin) + path, phone);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await brokenHeadingWords(page)).toEqual([]);
      expect(await punctuationStartingLines(page)).toEqual([]);
      await page.close();
    },
    120_000,
  );
});

describe.concurrent('accessibility', () => {
  // Each width and each theme once per page: the two themes share every rule but colour, and the
  // widths share every colour, so the other two pairings would test nothing new.
  const screens = [
    ['1280 light', { ...laptop, colorScheme: 'light' }],
    ['375 dark', { ...phone, colorScheme: 'dark' }],
  ] as const;
  it.each(starterPaths)(
    '%s: axe finds nothing at 1280 and 375 px, light and dark',
    async (path) => {
      for (const [name, screen] of screens) {
        const page = await open(browser, starterOrigin + path, screen);
        if (path === urls.search()) {
          await page.fill('#search-input', '达梦');
          await page.press('#search-input', 'Enter');
          await page.waitForSelector('.search-result-link');
        }
        expect(await axeViolations(page), name).toEqual([]);
        await page.close();
      }
    },
    300_000,
  );

  it('follows the dark system setting, but the print edition stays light', async () => {
    const background = async (path: string) => {
      const page = await open(browser, starterOrigin + path, { ...laptop, colorScheme: 'dark' });
      const colour = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.close();
      return colour;
    };
    expect(await background(urls.home())).not.toBe('rgb(255, 255, 255)');
    expect(await background(urls.asset('print/'))).toBe('rgb(255, 255, 255)');
  });
});

describe('search', () => {
  it('styles results like the site and links a ledger hit to the claim itself', async () => {
    const claim = [...starterReport.claims.values()].find((c) => c.statement.includes('mips64le'))!;
    const page = await open(browser, `${starterOrigin}${urls.search()}?q=mips64le`, laptop);
    await page.waitForSelector('.search-result-link');
    const links = await page.$$eval('.search-result-link', (as) =>
      as.map((a) => decodeURI((a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)),
    );
    expect(links).toContain(decodeURI(`${urls.claims()}#claim-${claim.id}`));
    const fonts = await page.$$eval('.search-result-link, #search-input, main h1', (els) =>
      els.map((e) => getComputedStyle(e).fontFamily),
    );
    expect(new Set(fonts).size).toBe(1);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../src/model/types.ts';
import type { Urls } from '../../src/render/urls.ts';

/** Every page a reader can open. */
export function pagePaths(report: Report, urls: Urls): string[] {
  return [
    ...report.pages.map((page) => urls.page(page)),
    urls.claims(),
    urls.sources(),
    urls.asset('data/'),
    ...[...report.datasets.keys()].map((id) => urls.dataset(id)),
    urls.search(),
    urls.asset('404.html'),
  ];
}

/** One page of each kind: home, a chapter's opening page, a section, the ledger, the bibliography, the datasets, a dataset, search, 404. */
export function onePerKind(report: Report, urls: Urls): string[] {
  const section = report.pages.find((p) => !p.isChapterStart && p.id !== '');
  return [
    urls.home(),
    urls.page(report.chapters[0]!.pages[0]!),
    ...(section ? [urls.page(section)] : []),
    urls.claims(),
    urls.sources(),
    urls.asset('data/'),
    urls.dataset([...report.datasets.keys()][0]!),
    urls.search(),
    urls.asset('404.html'),
  ];
}

export interface Screen {
  width: number;
  height: number;
  colorScheme?: 'light' | 'dark';
  javaScript?: boolean;
}

/**
 * One browser context per screen, shared by the pages a test file opens on it: a page in an
 * existing context opens in a tenth of the time a fresh context takes. Pages keep no state a
 * test depends on (nothing is stored in the browser).
 */
const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

function contextFor(browser: Browser, screen: Screen): Promise<BrowserContext> {
  const mine = contexts.get(browser) ?? new Map<string, Promise<BrowserContext>>();
  contexts.set(browser, mine);
  const key = JSON.stringify(screen);
  let context = mine.get(key);
  if (!context) {
    context = browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      colorScheme: screen.colorScheme ?? 'light',
      javaScriptEnabled: screen.javaScript ?? true,
    });
    mine.set(key, context);
  }
  return context;
}

/** Opens a page the way a reader's browser would, at a screen size and colour scheme. */
export async function open(browser: Browser, url: string, screen: Screen): Promise<Page> {
  const page = await (await contextFor(browser, screen)).newPage();
  // Everything a page needs is in its HTML; what loads later (chart code) is waited for below.
  await page.goto(url, { waitUntil: 'load' });
  // Without JavaScript a chart stays its data table: there is nothing to wait for.
  if (screen.javaScript ?? true) await drawCharts(page);
  return page;
}

/**
 * Brings the page's first chart into view, which draws every chart of the page (chart-loader.ts),
 * waits for them, and scrolls back to the top. A page without charts is left as it is.
 */
export async function drawCharts(page: Page): Promise<void> {
  const first = page.locator('figure[data-chart]').first();
  if ((await first.count()) === 0) return;
  await first.scrollIntoViewIfNeeded();
  await page.waitForSelector('html[data-charts-ready]', { state: 'attached' });
  await page.evaluate(() => window.scrollTo(0, 0));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's findings of every impact, as "rule (nodes): first target". */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (source) => {
    (0, eval)(source);
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
  }, axeSource);
}

/**
 * Words broken across lines inside table headings: each word (Intl.Segmenter, so Chinese words
 * count too) must sit on one line.
 */
export function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.$$eval('thead th', (cells) => {
    const broken: string[] = [];
    const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const { segment, index, isWordLike } of segmenter.segment(node.textContent ?? '')) {
          if (!isWordLike || segment.length < 2) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(segment);
        }
      }
    }
    return broken;
  });
}

/** Closing punctuation that begins a line of text in the page's main content (Chinese rules). */
export function punctuationStartingLines(page: Page): Promise<string[]> {
  return page.$$eval('main', (mains) => {
    const closing = /[，。、；：！？）」』】》”’]/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(mains[0]!, NodeFilter.SHOW_TEXT);
    let previousBottom = Number.NaN;
    let previousRight = Number.NaN;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        // A character below the previous one and left of it has started a new line.
        const newLine = rect.top >= previousBottom - 1 && rect.left < previousRight;
        if (newLine && closing.test(text[i]!)) found.push(`${text.slice(Math.max(0, i - 8), i + 1)}`);
        previousBottom = rect.bottom;
        previousRight = rect.right;
      }
    }
    return found;
  });
}

import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { ID_TOKEN } from '../render/diagram-ids.ts';
import { fontStackForPage, mermaidConfig, mermaidDist } from './mermaid-config.ts';
import { patchMermaidChunk } from './mermaid-patches.ts';

export interface Drawn {
  svg?: string;
  /** Mermaid's message when it could not draw the diagram. */
  error?: string;
}

/** How many diagrams Chromium has drawn in this process, so tests can see what the cache saved. */
export const drawStats = { drawn: 0 };

/**
 * Mermaid wraps labels between space-separated words, and breaks a longer "word" — a Chinese
 * phrase has no spaces — anywhere, even inside a Latin identifier ("@EnableAutoConfiguratio|n").
 * In this page only, its word list is split further at the word boundaries of Intl.Segmenter (each
 * piece marked with a word joiner), and the space it then puts between words is removed where it
 * meets the marker, so lines are measured and drawn without it. Punctuation stays with its word.
 */
const wordBreaks = `(() => {
  const JOIN = '\\u2060', han = /\\p{Script=Han}/u, opening = /^[\\p{Ps}\\p{Pi}@#$¥￥]+$/u;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const pieces = (word) => {
    if (!han.test(word)) return [word];
    const out = [];
    let carry = '';
    for (const { segment, isWordLike } of segmenter.segment(word)) {
      if (!isWordLike && opening.test(segment)) carry += segment;
      else if (!isWordLike && out.length) (out[out.length - 1] += carry + segment), (carry = '');
      else out.push(carry + segment), (carry = '');
    }
    if (carry) out.push(carry);
    return out.map((piece, i) => (i ? JOIN + piece : piece));
  };
  // Markdown labels are split into words with split(' '), plain ones with this match().
  const { split, match } = String.prototype;
  String.prototype.split = function (separator, limit) {
    const parts = split.call(this, separator, limit);
    return separator === ' ' && limit === undefined ? parts.flatMap(pieces) : parts;
  };
  String.prototype.match = function (pattern) {
    const found = match.call(this, pattern);
    return found && pattern instanceof RegExp && pattern.source === '<[^>]+>|[^\\\\s<>]+' ? found.flatMap(pieces) : found;
  };
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  Object.defineProperty(SVGTSpanElement.prototype, 'textContent', {
    get() { return text.get.call(this); },
    set(value) { text.set.call(this, typeof value === 'string' ? value.replaceAll(' ' + JOIN, '').replaceAll(JOIN, '') : value); },
  });
})();`;

// A made-up origin that never reaches the network: every request is answered from node_modules.
const ORIGIN = 'http://dossier-diagrams.invalid';
// The drawing code lives in the page, not in a function passed to evaluate: bundlers (Vite in
// `astro dev`, vitest) rewrite dynamic imports in our own source.
/** The page diagrams are drawn in; a change to it (or to Mermaid or the theme) redraws every diagram. */
export const blankPage = `<!doctype html><html><head><meta charset="utf-8"><style>
:root { --font: ${fontStackForPage}; } body { font-family: var(--font); margin: 0; } #stage { width: 960px; }
</style><script>${wordBreaks}</script><script type="module">
import mermaid from '/mermaid/mermaid.esm.min.mjs';
window.drawDiagrams = async (sources, config, token) => {
  mermaid.initialize(config);
  const stage = document.getElementById('stage');
  const results = [];
  for (const source of sources) {
    try {
      results.push({ svg: (await mermaid.render(token, source, stage)).svg });
    } catch (error) {
      results.push({ error: String(error && error.message ? error.message : error) });
    }
    stage.replaceChildren();
  }
  return results;
};
</script></head><body><div id="stage"></div></body></html>`;

/** Diagrams go to a drawing page in batches, so that each can be sanitised and placed while the next is drawn. */
const BATCH = 8;

/** Below this many diagrams a second drawing page costs more to start than it saves. */
const PER_PAGE_AT_LEAST = 16;

export interface DrawMermaidOptions {
  /** Called with each batch as soon as it is drawn: its first source's index and what was drawn. */
  onBatch?: (start: number, drawn: Drawn[]) => void;
  /** Serve Mermaid without ./mermaid-patches.ts (the test compares both). */
  unpatched?: boolean;
}

/**
 * Draws Mermaid sources to SVG in headless Chromium: in one page, or for many diagrams in one page
 * per core, each in a browser context (so a renderer process) of its own. Mermaid's prebuilt ESM
 * build is loaded from node_modules into a blank page with no network; it fetches only the diagram
 * types used. Mermaid draws one diagram at a time (it queues renders); the pages take batches in
 * reading order, so the first pages' diagrams are ready first.
 */
export async function drawMermaid(
  sources: string[],
  browser: Browser,
  options: DrawMermaidOptions = {},
): Promise<Drawn[]> {
  if (sources.length === 0) return [];
  const pages = Math.max(1, Math.min(availableParallelism(), Math.floor(sources.length / PER_PAGE_AT_LEAST)));
  const drawn: Drawn[] = new Array<Drawn>(sources.length);
  let next = 0;
  const takeBatch = (): number | undefined => {
    if (next >= sources.length) return undefined;
    next += BATCH;
    return next - BATCH;
  };
  await Promise.all(
    Array.from({ length: pages }, () =>
      inOwnContext(browser, options.unpatched ?? false, async (draw) => {
        for (let start = takeBatch(); start !== undefined; start = takeBatch()) {
          const batch = await draw(sources.slice(start, start + BATCH));
          batch.forEach((d, i) => (drawn[start + i] = d));
          options.onBatch?.(start, batch);
        }
      }),
    ),
  );
  drawStats.drawn += sources.length;
  return drawn;
}

type Draw = (sources: string[]) => Promise<Drawn[]>;

async function inOwnContext(browser: Browser, unpatched: boolean, work: (draw: Draw) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: blankPage });
      const file = normalize(join(mermaidDist, decodeURIComponent(url.pathname.replace(/^\/mermaid\//, ''))));
      if (!url.pathname.startsWith('/mermaid/') || !file.startsWith(mermaidDist)) return route.abort();
      try {
        const text = await readFile(file, 'utf8');
        return await route.fulfill({
          contentType: 'text/javascript',
          body: unpatched ? text : patchMermaidChunk(text),
        });
      } catch {
        return route.abort();
      }
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'drawDiagrams' in window);
    await work((sources) =>
      page.evaluate(
        ([sources, config, token]) =>
          (window as unknown as { drawDiagrams(...args: unknown[]): Promise<Drawn[]> }).drawDiagrams(
            sources,
            config,
            token,
          ),
        [sources, mermaidConfig, ID_TOKEN] as const,
      ),
    );
  } finally {
    await context.close();
  }
}

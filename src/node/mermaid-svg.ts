import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

/** DOMPurify's browser build, read once when a build first sanitises something. */
let purifySource: string | undefined;
const purifyScript = () =>
  (purifySource ??= readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js'), 'utf8'));

/**
 * A drawn diagram is report content: it is sanitised with DOMPurify's SVG profile before it is
 * cached or placed in a page, whatever Mermaid let through. This runs in Chromium (jsdom's parser
 * took about 0.2 s a diagram; Chromium's about 10 ms), but in a blank page of its own,
 * in a browser context of its own: nothing from the drawing page, where Mermaid ran on the author's
 * text, can reach it. The page loads nothing and runs nothing but DOMPurify. Each SVG is parsed into
 * DOMPurify's inert document and never enters the live one (RETURN_DOM, not RETURN_DOM_FRAGMENT).
 * Serialised as XML, so the same text is valid inline in HTML and as a standalone .svg file;
 * anything that is not one <svg> element comes back as ''.
 */
export async function sanitiseSvgs(svgs: readonly string[], browser: Browser): Promise<string[]> {
  if (svgs.length === 0) return [];
  const sanitiser = await openSanitiser(browser);
  try {
    return await sanitiser.sanitise(svgs);
  } finally {
    await sanitiser.close();
  }
}

export interface Sanitiser {
  sanitise(svgs: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** The sanitising page, kept open while a build's diagrams come in batch by batch. */
export async function openSanitiser(browser: Browser): Promise<Sanitiser> {
  const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: purifyScript() });
    return {
      sanitise: (svgs) =>
        page.evaluate(
          (dirty) => {
            const purify = (window as unknown as { DOMPurify: { sanitize(s: string, o: object): HTMLElement } })
              .DOMPurify;
            const serializer = new XMLSerializer();
            return dirty.map((svg) => {
              // SVG elements and attributes only: no script, no event handlers, no foreignObject HTML,
              // no javascript: links — whatever a label or directive tried to smuggle in.
              const body = purify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM: true });
              const root = body.firstElementChild;
              return root?.localName === 'svg' ? serializer.serializeToString(root) : '';
            });
          },
          [...svgs],
        ),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

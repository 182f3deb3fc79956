import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../node/chromium.ts';
import { serve } from '../publish/serve.ts';

export interface PageWeight {
  scripts: number;
  raw: number;
  gzip: number;
}

/** The JavaScript a reader's browser actually loads for a page, dynamic imports included. */
async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url()))
      bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Read to the end, as a reader does: charts load their code only as they come near the screen.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const files = await Promise.all(bodies);
  await page.close();
  return {
    scripts: files.length,
    raw: files.reduce((sum, b) => sum + b.length, 0),
    gzip: files.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** JS a reader loads on a text page, a chart page and a diagram page of a built site. */
export async function readerWeights(
  dist: string,
  paths: Record<string, string>,
): Promise<{ name: string; w: PageWeight }[]> {
  const server = await serve(dist, '/');
  const browser = await launchChromium();
  try {
    const result = [];
    for (const [name, path] of Object.entries(paths))
      result.push({ name, w: await pageWeight(browser, server.url + encodeURI(path)) });
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  scripts: number;
  raw: number;
  gzip: number;
}

/** The JavaScript a reader's browser actually loads for a page, dynamic imports included. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url())) bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const files = await Promise.all(bodies);
  await page.close();
  return {
    scripts: files.length,
    raw: files.reduce((sum, b) => sum + b.length, 0),
    gzip: files.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../node/chromium.ts';
import { startDev } from './dev-server.ts';

const MINUTES = 5 * 60_000;

/** Resolves when the page's Vite client has connected: a save before that reaches nobody. */
const viteConnected = (page: Page) =>
  page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
    timeout: MINUTES,
  });

/**
 * Seconds from saving an edit to seeing it, as an author previewing with `npm run dev` does: the
 * page is open in Chromium; a sentence is added to its Markdown file; the clock stops when the
 * sentence is in the page, which the dev server reloads by itself. Once per run, one after another.
 */
export async function devEditSeconds(reportDir: string, path: string, file: string, runs: number): Promise<number[]> {
  const dev = await startDev(reportDir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let connected = viteConnected(page);
    await page.goto(dev.url + path.replace(/^\//, ''), { timeout: MINUTES });
    await connected;
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const sentence = `预览编辑 ${i + 1}：${Date.now()}`;
      connected = viteConnected(page);
      const started = performance.now();
      appendFileSync(join(reportDir, file), `\n${sentence}。\n`);
      await page.waitForFunction((text) => document.querySelector('main')?.textContent?.includes(text), sentence, {
        timeout: MINUTES,
      });
      seconds.push((performance.now() - started) / 1000);
      await connected;
    }
    return seconds;
  } finally {
    await browser.close();
    await dev.stop();
  }
}

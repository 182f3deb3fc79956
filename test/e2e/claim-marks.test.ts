import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verdictLabels } from '../../src/i18n/labels.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { Urls } from '../../src/render/urls.ts';

/**
 * Claim marks as a reader meets them, in Chromium under the strict CSP: what assistive technology
 * is told (from Chromium's own accessibility tree), and the card on hover, keyboard focus and tap.
 */
const site = inject('site');
const report = (await loadReport(diskFiles(site.root))).report!;
const urls = new Urls(site.base);
const zhClaim = (n: number) => `断言 ${n}`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(site.dist, site.base);
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL(path, server.url).href);
  return page;
}

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  backendDOMNodeId?: number;
}

describe('claim marks', () => {
  it('tell assistive technology the claim number, the verdict and the statement, on every page', async () => {
    let checked = 0;
    for (const p of report.pages) {
      const page = await open(urls.page(p));
      const marks = await page.$$eval('[data-claim-mark]', (els) =>
        els.map((el) => el.getAttribute('data-claim-mark')!),
      );
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const buttons = nodes.filter((n) => n.role?.value === 'button' && /^断言 \d+/.test(n.name?.value ?? ''));
      expect(buttons.length, p.id).toBe(marks.length);
      for (const id of marks) {
        const claim = report.claims.get(id)!;
        // The accessibility tree need not follow DOM order, so each mark is found by its claim number.
        const named = buttons.filter((b) => b.name!.value!.startsWith(`${zhClaim(claim.number)} `));
        expect(named.length, `${p.id} ${id}`).toBeGreaterThan(0);
        for (const button of named) {
          expect(button.name!.value).toContain(verdictLabels['zh-CN'][claim.verdict]);
          expect(button.description?.value ?? '').toContain(claim.statement);
        }
      }
      checked += marks.length;
      await page.close();
    }
    expect(checked).toBeGreaterThanOrEqual(report.claims.size - 1);
  });

  it('open a card with statement, verdict, note and the strongest quote on hover, focus and tap', async () => {
    const claim = report.claims.get('go-loongarch-not-upstream')!;
    const page = await open(urls.page(report.pages.find((p) => p.id === '现状/生态')!));
    const mark = page.locator(`[data-claim-mark="${claim.id}"]`).first();
    const card = page.locator(`#${await mark.getAttribute('aria-describedby')}`);
    expect(await card.isVisible()).toBe(false);
    await mark.hover();
    expect(await card.isVisible()).toBe(true);
    const text = await card.innerText();
    for (const part of [zhClaim(claim.number), '与证据相悖', claim.statement, claim.note!, claim.evidence[0]!.quote!])
      expect(text).toContain(part);
    await page.mouse.move(0, 0);
    await mark.focus();
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await mark.blur();
    await page.mouse.move(0, 0);
    expect(await card.isVisible()).toBe(false);
    await mark.click();
    expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.close();
  });
});

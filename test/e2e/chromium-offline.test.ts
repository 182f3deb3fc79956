import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';
import { serve } from '../../src/publish/serve.ts';
import { starterDir } from '../helpers/fixtures.ts';

/** The Chromium Dossier launches resolves no host but the loopback one. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the Chromium of the PDF exporter', () => {
  it("resolves no host name but localhost, even one the system resolves (the machine's own name)", async () => {
    const server = await serve(starterDir, '/', { csp: false });
    try {
      const page = await browser.newPage();
      const viaName = server.url.replace('127.0.0.1', hostname());
      await expect(page.goto(`${viaName}content/report.yaml`, { timeout: 20_000 })).rejects.toThrow(
        /ERR_NAME_NOT_RESOLVED/,
      );
      await expect(page.goto('http://example.com/', { timeout: 20_000 })).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('still reaches the local server', async () => {
    const server = await serve(starterDir, '/', { csp: false });
    try {
      const page = await browser.newPage();
      const response = await page.goto(`${server.url}content/report.yaml`);
      expect(response?.status()).toBe(200);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

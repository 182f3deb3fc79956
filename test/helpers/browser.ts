import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';

/**
 * The browser the site tests read pages in. Every tab shares one renderer process: a tab then
 * opens in about 80 ms instead of the 600 ms a fresh renderer costs, and the tests open hundreds.
 * The build keeps Chromium's default, where diagrams drawn in several tabs run side by side.
 */
export const launchTestBrowser = (): Promise<Browser> => launchChromium(['--renderer-process-limit=1']);

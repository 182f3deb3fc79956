import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../node/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** The audits that cost points, worst first, for the benchmark's notes. */
  failing: string[];
}

/**
 * Lighthouse's mobile run (its default: a mid-range phone, simulated slow 4G) on pages served over
 * loopback, in Debian's Chromium through chrome-launcher: nothing is downloaded. Chromium is
 * started once for all pages; each page gets Lighthouse's own fresh tab.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        output: 'json',
      });
      if (!result) throw new Error(`lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = Object.values(categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
        .filter((audit) => audit.score !== null && audit.score < 0.9)
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      scores.push({ performance: score('performance'), accessibility: score('accessibility'), failing });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

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
 * started once for all pages; each run gets Lighthouse's own fresh tab, and each page the run with
 * the median performance score of `runs`.
 */
export async function lighthouseScores(urls: readonly string[], runs = 1): Promise<LighthouseScores[]> {
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
      const all: LighthouseScores[] = [];
      for (let i = 0; i < runs; i++) all.push(await scorePage(url, chrome.port));
      // The run with the median performance score, whole: its failing audits explain that score.
      all.sort((a, b) => a.performance - b.performance);
      scores.push(all[Math.floor(all.length / 2)]!);
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

async function scorePage(url: string, port: number): Promise<LighthouseScores> {
  const result = await lighthouse(url, {
    port,
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
  return { performance: score('performance'), accessibility: score('accessibility'), failing };
}

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export class ChromiumMissing extends Error {}

/** Debian's Chromium, or CHROMIUM_PATH; never a downloaded browser. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || candidates.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new ChromiumMissing(
      `${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ` : 'No Chromium found. '}` +
        'Install it with: apt-get install -y chromium fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core fonts-symbola  (or set CHROMIUM_PATH)',
    );
  }
  return path;
}

/**
 * Every Chromium Dossier starts (PDF exporter, tests) comes from here: headless, with the flags that
 * keep it off the network. Host names resolve to nothing but 127.0.0.1 and localhost, so neither
 * Chromium's own start-up requests nor anything a page asks for can reach another machine.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ...extraArgs,
    ],
  });
}

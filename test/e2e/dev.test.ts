import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { startDev, type DevServer } from '../../src/bench/dev-server.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { runScript, userEnvironment } from '../helpers/run.ts';

/**
 * `npm run dev -- --root DIR` on a copy of the starter: every saved edit under content/ and data/
 * reaches the open browser page without the test reloading it, and errors are shown in the page.
 */
let root: string;
let dev: DevServer;
let browser: Browser;
let page: Page;

const edit = (file: string, change: (text: string) => string) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
/** Waits until the open page (never reloaded by the test) shows `text`; returns the seconds it took. */
async function shows(text: string, selector = 'body'): Promise<number> {
  const started = performance.now();
  await page.waitForFunction(([s, t]) => document.querySelector(s!)?.textContent?.includes(t!), [selector, text], {
    timeout: 120_000,
  });
  return (performance.now() - started) / 1000;
}
const seconds: Record<string, number> = {};
/**
 * Opens a page and waits for Vite's client to connect: a save before that would send its reload
 * to nobody, which is not what a user sees (they read the page before they edit).
 */
async function open(path: string): Promise<void> {
  const connected = page.waitForEvent('console', {
    predicate: (message) => message.text().includes('[vite] connected'),
    timeout: 120_000,
  });
  await page.goto(`${dev.url}${path}`);
  await connected;
}

beforeAll(async () => {
  root = join(mkdtempSync(join(tmpdir(), 'dossier-dev-')), 'report');
  writeTree(root, readTree(starterDir));
  dev = await startDev(root, userEnvironment());
  browser = await launchTestBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  // The latencies a user would feel (informational: the machine's load makes them vary).
  console.log('dev server: seconds from save to the new text in the page', seconds);
});

describe('npm run dev follows the report folder', () => {
  it('shows an edited sentence of a page', { timeout: 300_000 }, async () => {
    await open(`${encodeURI('迁移')}/`);
    expect(await page.textContent('main')).toContain('文章给出了达梦');
    edit('content/02-迁移/index.md', (t) => t.replace('文章给出了达梦', '编辑后的句子：文章给出了达梦'));
    seconds.page = await shows('编辑后的句子', 'main');
  });

  it('shows an edited value of a dataset', { timeout: 300_000 }, async () => {
    await open('data/language-ranking/');
    expect(await page.textContent('main')).toContain('社区移植为主');
    edit('data/datasets/language-ranking.yaml', (t) => t.replace('社区移植为主', '已进入官方移植'));
    seconds.dataset = await shows('已进入官方移植', 'main');
    expect(await page.textContent('main')).not.toContain('社区移植为主');
  });

  it('shows an edited claim statement in the ledger', { timeout: 300_000 }, async () => {
    await open('claims/');
    expect(await page.textContent('main')).toContain('早已将 Go 作为核心基础设施语言');
    edit('data/claims.yaml', (t) =>
      t.replace('早已将 Go 作为核心基础设施语言', '早已将 Go 作为核心基础设施语言（已改写）'),
    );
    seconds.claim = await shows('（已改写）', 'main');
  });

  it('lists a chapter when its folder is added and drops it when it is removed', { timeout: 300_000 }, async () => {
    await open('');
    const chapter = join(root, 'content', '03-新章');
    mkdirSync(chapter);
    writeFileSync(join(chapter, 'index.md'), '---\ntitle: 新加的一章\nstatus: final\n---\n\n新章正文。\n');
    seconds.added = await shows('新加的一章');
    rmSync(chapter, { recursive: true });
    await page.waitForFunction(
      () => document.body.textContent?.includes('执行摘要') && !document.body.textContent.includes('新加的一章'),
      undefined,
      { timeout: 120_000 },
    );
  });

  it(
    'shows the errors in validate’s words while the report is broken, and the page again once fixed',
    { timeout: 300_000 },
    async () => {
      await open(`${encodeURI('迁移')}/`);
      edit('content/02-迁移/index.md', (t) => t.replace('(claim:db-driver-benchmark)', '(claim:no-such-claim)'));
      seconds.error = await shows('no-such-claim', '#dossier-diagnostics');
      const validate = runScript('validate.ts', ['--root', root]);
      expect(validate.code).toBe(1);
      const [message] = validate.stdout.split('\n').filter((line) => line.includes('no-such-claim'));
      expect(message).toMatch(/^content\/02-迁移\/index\.md:\d+:\d+ {2}错误: 找不到断言“no-such-claim”/);
      expect(await page.textContent('#dossier-diagnostics')).toContain(message);

      edit('content/02-迁移/index.md', (t) => t.replace('(claim:no-such-claim)', '(claim:db-driver-benchmark)'));
      seconds.fixed = await shows('编辑后的句子', 'main');
      expect(await page.$('#dossier-diagnostics')).toBeNull();
    },
  );

  it('never writes into the report folder', () => {
    const after = readTree(root);
    expect(Object.keys(after).sort()).toEqual(Object.keys(readTree(starterDir)).sort());
  });
});

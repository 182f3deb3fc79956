import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { serve } from '../../src/publish/serve.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { drawCharts } from '../helpers/reader.ts';
import { runScript } from '../helpers/run.ts';

/** The starter report (every dataset sourced only from the article under review) plus a scatter chart. */
const PAGE = 'content/02-迁移/index.md';
const scatter =
  '\n```chart\ndataset: db-driver-benchmark\ntype: scatter\ntitle: 吞吐量与 99% 延迟\nx: tps\ny: p99\n```\n';
const FAR = 'content/02-迁移/03-长文后的图.md';
const CAVEAT = '文章数据，未经核实';
const CAVEAT_RGB = [0xa0, 0x18, 0x18];

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'dossier-charts-')), 'report');
  const files = readTree(starterDir);
  files[PAGE] += scatter;
  // A section whose only chart is far below the first screen of a phone.
  files[FAR] = `---\ntitle: 长文后的图\n---\n\n${'这一段文字把图推到屏幕以下很远的地方。\n\n'.repeat(60)}${scatter}`;
  writeTree(root, files);
  const dist = join(root, '..', 'dist');
  const { code, stdout, stderr } = runScript('build.ts', ['--no-pdf', '--root', root, '--out', dist]);
  if (code !== 0) throw new Error(`build failed (${code}):\n${stdout}\n${stderr}`);
  server = await serve(dist, '/');
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(new URL(encodeURI('/迁移/'), server.url).href, { waitUntil: 'networkidle' });
  await drawCharts(page);
  return page;
}

describe('charts', () => {
  it('load their code only when a chart comes near the screen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    const scripts: number[] = [];
    page.on(
      'response',
      (r) => void (r.request().resourceType() === 'script' && r.body().then((b) => scripts.push(b.length))),
    );
    await page.goto(new URL(encodeURI('/迁移/长文后的图/'), server.url).href, { waitUntil: 'networkidle' });
    const top = await page
      .locator('figure[data-chart]')
      .first()
      .evaluate((f) => f.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(667 + 600); // below the screen and the margin the loader looks ahead
    expect(await page.$('html[data-charts-ready]')).toBeNull();
    const before = scripts.reduce((a, b) => a + b, 0);
    expect(before).toBeLessThan(5_000);
    await drawCharts(page);
    expect(scripts.reduce((a, b) => a + b, 0) - before).toBeGreaterThan(100_000); // Chart.js, now
    await page.close();
  });

  it('show number, title and unit above the plot and the source below it, once', async () => {
    const page = await open();
    const figures = await page.locator('figure[data-chart]').evaluateAll((all) =>
      all.map((figure) => {
        const top = (selector: string) => figure.querySelector(selector)!.getBoundingClientRect();
        return {
          title: top('.figure-title').bottom <= top('canvas').top,
          unit: figure.querySelector('.figure-unit')?.textContent,
          source: top('.figure-source').top >= top('canvas').bottom,
          sourceLines: figure.querySelectorAll('.figure-source').length,
        };
      }),
    );
    expect(figures).toEqual([
      { title: true, unit: '单位：次/秒', source: true, sourceLines: 1 },
      { title: true, unit: '单位：ms', source: true, sourceLines: 1 },
      { title: true, unit: '单位：ms', source: true, sourceLines: 1 },
    ]);
    await page.close();
  });

  it("draw the caveat on the canvas of a chart of the article's own figures", async () => {
    const page = await open();
    // Pixels of the caveat's colour in the canvas's top-right corner, where the caveat is drawn.
    const found = await page.locator('figure[data-chart] canvas').evaluateAll(
      (canvases, rgb) =>
        canvases.map((canvas) => {
          const c = canvas as HTMLCanvasElement;
          const { data } = c.getContext('2d')!.getImageData(c.width / 2, 0, c.width / 2, c.height / 8);
          let hits = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (
              Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) < 40 &&
              data[i + 3]! > 200
            )
              hits++;
          }
          return { hits, text: c.dataset.caveat };
        }),
      CAVEAT_RGB,
    );
    expect(found).toHaveLength(3);
    for (const chart of found) {
      expect(chart.text).toBe(CAVEAT);
      expect(chart.hits).toBeGreaterThan(40);
    }
    await page.close();
  });

  it("label each scatter point with its row's key", async () => {
    const page = await open();
    const scatterCanvas = page.locator('figure[data-chart]').filter({ hasText: '吞吐量与 99% 延迟' }).locator('canvas');
    expect(await scatterCanvas.getAttribute('data-point-labels')).toBe('3');
    await page.close();
  });

  it('download as a PNG with a click', async () => {
    const page = await open();
    const figure = page.locator('figure[data-chart]').first();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fig-2-1-db-driver-benchmark\.png$/);
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Taller than the canvas: the title and the source line are drawn around the chart.
    const canvasHeight = await figure.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).height);
    expect(png.readUInt32BE(20)).toBeGreaterThan(canvasHeight);
    await page.close();
  });

  it('download as a vector SVG that keeps title, caveat, labels and source', async () => {
    const page = await open();
    const figure = page.locator('figure[data-chart]').filter({ hasText: '吞吐量与 99% 延迟' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: '下载 SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = new JSDOM(readFileSync((await download.path())!, 'utf8'), { contentType: 'image/svg+xml' }).window
      .document;
    expect(svg.documentElement.localName).toBe('svg');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const title = (await figure.locator('.figure-title').textContent())!.trim();
    expect(texts[0]).toContain(title);
    expect(texts).toContain(CAVEAT);
    expect(texts.at(-1)).toMatch(/^来源：/);
    // Each scatter point named by its row, as on the page.
    const data = JSON.parse((await figure.locator('script.chart-data').textContent())!) as {
      series: { values: { label: string }[] }[];
    };
    const labels = data.series.flatMap((s) => s.values.map((v) => v.label));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(texts).toContain(label);
    // Drawn as shapes, not a picture of the canvas.
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(3);
    expect(svg.querySelectorAll('image')).toHaveLength(0);
    await page.close();
  });
});

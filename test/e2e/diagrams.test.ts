import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { formatDiagnostic } from '../../src/model/format.ts';
import { loadReport } from '../../src/model/load-report.ts';
import type { Report } from '../../src/model/types.ts';
import { launchTestBrowser } from '../helpers/browser.ts';
import { drawDiagrams } from '../../src/node/diagrams.ts';
import { drawMermaid, drawStats } from '../../src/node/mermaid-draw.ts';
import { patchStats } from '../../src/node/mermaid-patches.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { sanitiseSvgs } from '../../src/node/mermaid-svg.ts';
import { mermaidFigures, withDiagramId } from '../../src/render/diagram-ids.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

const PAGE = 'content/01-现状/01-生态.md';

/** The starter report with its one diagram replaced. */
async function starterWithDiagram(diagram: string): Promise<Report> {
  const files = readTree(starterDir);
  files[PAGE] = files[PAGE]!.replace(/(```mermaid[^\n]*\n)[\s\S]*?\n```/, `$1${diagram}\n\`\`\``);
  return (await loadReport(memoryFiles(files))).report!;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('diagrams drawn at build time', () => {
  it('cannot run a hostile label or click directive, even without a CSP', async () => {
    const hostile = [
      'graph TD',
      '  A["<img src=x onerror=alert(1)>"] --> B["<a href=\'javascript:alert(2)\'>x</a>"]',
      '  B --> C["<script>alert(3)</script>"]',
      '  click A "javascript:alert(4)"',
      '  click C href "javascript:alert(5)"',
    ].join('\n');
    const [drawn] = await drawMermaid([hostile], browser);
    const [svg] = await sanitiseSvgs([drawn!.svg!], browser);
    expect(svg).toContain('<svg');
    expect(svg).not.toMatch(/onerror|javascript:|<script|<foreignObject/i);

    const page = await browser.newPage();
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(`<!doctype html><body>${withDiagramId(svg!, 'a')}${withDiagramId(svg!, 'b')}</body>`);
    for (const node of await page.$$('svg g.node, svg a')) await node.click({ force: true }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    expect(alerts).toEqual([]);
    // Two copies on one page share no id, so neither takes the other's markers or styles.
    const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });

  it('sanitises whatever SVG it is given, and refuses what is not one SVG element', async () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><foreignObject><img src="x" onerror="alert(2)"></foreignObject><a href="javascript:alert(3)"><text onclick="alert(4)">留下</text></a><style>@import url(http://example.com/x.css);</style></svg>';
    const [clean, notSvg, empty] = await sanitiseSvgs([hostile, '<p>段落</p>', ''], browser);
    expect(clean).toContain('留下');
    expect(clean).not.toMatch(/<script|onerror|onclick|javascript:|<foreignObject|<img/i);
    expect([notSvg, empty]).toEqual(['', '']);
  });

  it('breaks Chinese labels between words, never inside a Latin identifier', async () => {
    const word = '@EnableAutoConfiguration';
    const [drawn] = await drawMermaid(
      [`graph TD\n  A["条件化加载${word}注解标记的全部自动配置类并完成装配"] --> B[结束]`],
      browser,
    );
    const page = await browser.newPage();
    await page.setContent((await sanitiseSvgs([drawn!.svg!], browser))[0]!);
    const lines = await page.$$eval('g.node text > tspan', (rows) => rows.map((row) => row.textContent ?? ''));
    await page.close();
    expect(lines.length).toBeGreaterThan(1); // it did wrap
    expect(lines.some((line) => line.includes(word))).toBe(true);
  });

  it("draws pies in the charts' palette", async () => {
    const [drawn] = await drawMermaid(['pie title 份额\n  "甲" : 40\n  "乙" : 30\n  "丙" : 30'], browser);
    const fills = [
      ...drawn!.svg!.matchAll(/class="pieCircle"[^>]*fill="([^"]+)"|fill="([^"]+)"[^>]*class="pieCircle"/g),
    ].map((m) => (m[1] ?? m[2])!.toUpperCase());
    const style = drawn!.svg!.toUpperCase();
    for (const colour of ['#0072B2', '#E69F00', '#009E73']) expect(style).toContain(colour);
    expect(fills).not.toContain('#FFFFFF');
  });

  it('draws only what changed: a second build takes every diagram from the cache', async () => {
    const report = await starterWithDiagram('graph LR\n  甲[缓存] --> 乙[命中]');
    const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-diagram-cache-'));
    const before = drawStats.drawn;
    const first = await drawDiagrams(report, { cacheDir, browser });
    expect([first.drawn, first.fromCache, drawStats.drawn - before]).toEqual([1, 0, 1]);
    const second = await drawDiagrams(report, { cacheDir, browser });
    expect([second.drawn, second.fromCache, drawStats.drawn - before]).toEqual([0, 1, 1]);
    expect([...second.svgs.values()]).toEqual([...first.svgs.values()]);
    expect([...second.svgs.values()][0]).toContain('命中');
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it("draws the same SVG with Mermaid's configuration copied once per diagram as with a copy per call", async () => {
    // The sample report's diagrams, and one of every other kind an author is likely to draw.
    const sample = (await loadReport(diskFiles(join(import.meta.dirname, '..', '..')))).report!;
    const sources = [
      ...sample.pages.flatMap((page) => mermaidFigures(page.figures)).map((figure) => figure.source),
      'sequenceDiagram\n  分析师->>校对: 提交草稿\n  校对-->>分析师: 退回修改\n  Note over 分析师: 补充证据',
      'gantt\n  title 迁移计划\n  dateFormat YYYY-MM-DD\n  section 准备\n  评估 :a1, 2026-01-01, 30d\n  试点 :after a1, 20d',
      'pie title 份额\n  "甲" : 40\n  "乙" : 60',
      'classDiagram\n  class 报告 {\n    +标题\n    +生成()\n  }\n  报告 <|-- 简报',
      'stateDiagram-v2\n  [*] --> 草稿\n  草稿 --> 定稿: 审核通过\n  定稿 --> [*]',
      'graph LR\n  A[甲] -->|边标签| B{判断}\n  B -->|是| C([结束])\n  B -.->|否| A',
    ];
    const applied = patchStats.applied;
    const patched = await drawMermaid(sources, browser);
    // The installed Mermaid takes the patch: when a release changes that code, this fails first.
    expect(patchStats.applied).toBeGreaterThan(applied);
    const plain = await drawMermaid(sources, browser, { unpatched: true });
    expect(patched.map((d) => d.error)).toEqual(sources.map(() => undefined));
    // Byte for byte: with the fixed seed a source draws the same way every time, patched or not.
    expect(patched).toEqual(plain);
  });

  it('fails with the file and line of a diagram Chromium cannot draw', async () => {
    const report = await starterWithDiagram('graph TD\n  A --> B');
    // A build checks diagrams by drawing them: a broken one gets the validator's message and place.
    const figure = report.pages.flatMap((p) => p.figures).find((f) => f.kind === 'mermaid')!;
    Object.assign(figure, { source: 'graph TD\n  A[未闭合 --> B\n  B --> C' });
    const { problems, svgs } = await drawDiagrams(report, { cacheDir: null, browser });
    expect(svgs.size).toBe(0);
    expect(problems.map((d) => formatDiagnostic(d, 'zh-CN'))).toEqual([
      expect.stringMatching(/^content\/01-现状\/01-生态\.md:\d+:\d+ {2}错误: Mermaid 图语法错误：Parse error/),
    ]);
  });
});

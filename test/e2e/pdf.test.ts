import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { largestGap, pageTexts, pagePixels, pdffonts, pdfinfo } from '../helpers/poppler.ts';

/** The PDF briefing of the starter report (plus a 90-row table), read with poppler like a reader's tools. */
const site = inject('site');
const report = (await loadReport(diskFiles(site.root))).report!;
const file = join(site.dist, `${report.meta.id}.pdf`);
const info = pdfinfo(file);
const pageCount = Number(info.Pages);
const texts = pageTexts(file, pageCount);
const squash = (text: string) => text.replace(/\s+/g, '');
/** "title ..... page" lines of the table of contents (page 2). */
const toc = [...texts[1]!.matchAll(/^\s*(\S.*?\S)\s+(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) }));
const tocPage = (title: string) => toc.find((e) => e.title === title)!.page;

/** The report built for the tests (the starter under a sub-path, or the sample) and its PDF. */
async function builtPdf(which: 'site' | 'sample') {
  const built = inject(which);
  const model = (await loadReport(diskFiles(built.root))).report!;
  return { model, pdf: join(built.dist, `${model.meta.id}.pdf`) };
}

describe('the PDF briefing', () => {
  it('is A4, tagged, with the report metadata', () => {
    expect(info['Page size']).toContain('(A4)');
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(report.meta.title);
    expect(info.Author).toContain(report.meta.organisation);
    expect(info.Subject).toBe(report.meta.subtitle);
    expect(pageCount).toBeGreaterThan(6);
  });

  it('embeds its CJK text as CID TrueType, never Type 3', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.type === 'Type 3')).toEqual([]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.type === 'CID TrueType')).toBe(true);
  });

  it('has a cover with title, organisation, date, version and classification, and no header or footer', () => {
    const cover = texts[0]!;
    for (const field of [
      report.meta.title,
      report.meta.organisation,
      report.meta.date,
      report.meta.version,
      report.meta.classification,
    ]) {
      expect(squash(cover)).toContain(squash(field!));
    }
    expect(cover).not.toMatch(/第 \d+ 页/);
  });

  it('puts the header and "第 X 页 / 共 Y 页" on every page but the cover', () => {
    texts.slice(1).forEach((text, i) => {
      expect(text, `page ${i + 2}`).toContain(`第 ${i + 2} 页 / 共 ${pageCount} 页`);
      expect(squash(text), `page ${i + 2}`).toContain(squash(report.meta.title));
      expect(text, `page ${i + 2}`).toContain(report.meta.classification);
    });
  });

  it('has a table of contents whose page numbers lead to the headings', () => {
    const entries = toc;
    const expected = [
      '执行摘要',
      ...report.chapters.flatMap((c) => [`第 ${c.number} 章 ${c.title}`, ...c.pages.slice(1).map((p) => p.title)]),
      '附录 A 断言台账',
      '附录 B 参考文献',
      '附录 C 数据集',
    ];
    expect(entries.map((e) => e.title)).toEqual(expected);
    for (const entry of entries) {
      const heading = entry.title.replace(/^第 (\d+) 章 /, '');
      expect(squash(texts[entry.page - 1]!), `${entry.title} on page ${entry.page}`).toContain(squash(heading));
    }
    // Chapters start on a new page: their heading is at the top, under the running header.
    for (const chapter of report.chapters) {
      const entry = entries.find((e) => e.title.endsWith(chapter.title))!;
      const top = texts[entry.page - 1]!.split('\n')
        .filter((l) => l.trim())
        .slice(1, 3)
        .join('');
      expect(squash(top)).toBe(squash(`第 ${chapter.number} 章${chapter.title}`));
    }
  });

  it('numbers every chart and diagram as a figure, as on the site', () => {
    const expected = report.pages.flatMap((p) =>
      p.figures.filter((f) => f.kind !== 'table').map((f) => `图 ${f.number}`),
    );
    const found = [...new Set(texts.join('\n').match(/图 \d+-\d+/g))];
    expect(found).toEqual(expected);
  });

  it('draws its charts (the chart page is not blank) and its diagrams as text-bearing vectors', () => {
    const chartPage = texts.findIndex((t) => t.includes('图 2-1')) + 1;
    const pixels = pagePixels(file, chartPage);
    const dark = pixels.filter((v) => v < 200).length / pixels.length;
    const mean = pixels.reduce((s, v) => s + v, 0) / pixels.length;
    const variance = pixels.reduce((s, v) => s + (v - mean) ** 2, 0) / pixels.length;
    expect(dark).toBeGreaterThan(0.03);
    expect(variance).toBeGreaterThan(500);
    const diagramPage = texts.find((t) => t.includes('图 1-2'))!;
    expect(diagramPage).toContain('信创语言选型依据');
    expect(diagramPage).toContain('指令集原生支持');
    // Its title and source line, as on the site; no link to the on-screen zoom view.
    expect(diagramPage).toMatch(/图 1-2\s+选型依据的三个维度/);
    expect(diagramPage).toMatch(/来源：\[\d+\]/);
    expect(diagramPage).not.toContain('全屏查看');
  });

  it('shows claim verdicts in the text and carries the ledger and bibliography as appendices', () => {
    const all = texts.join('\n');
    expect(all).toContain('✘ 与证据相悖');
    const ledger = texts.find((t) => t.includes('附录 A 断言台账') && t.includes('核查结论'))!;
    for (const claim of [...report.claims.values()].slice(0, 3))
      expect(squash(ledger)).toContain(squash(claim.statement).slice(0, 12));
    const bibliography = texts.filter((t) => t.includes('参考文献')).join('');
    for (const source of report.sources.values()) expect(squash(all)).toContain(`[${source.number}]`);
    expect(bibliography).toContain('可靠性：原始出处');
    expect(bibliography).toContain('访问：未记录');
  });

  it("repeats a long table's header on every page it spans and never splits a row", () => {
    // The table's own section, up to the appendices (appendix C prints every dataset again).
    const pagesWithRows = texts
      .map((t, i) => ({ t, i }))
      .filter(
        ({ t, i }) => i + 1 >= tocPage('长表分页') && i + 1 < tocPage('附录 A 断言台账') && /synthetic-\d{3}/.test(t),
      );
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const { t, i } of pagesWithRows) expect(t, `page ${i + 1}`).toMatch(/服务\s+吞吐量/);
    // No page holds a lone row of it: a table continues with two rows at least, and starts with two at least.
    for (const { t, i } of pagesWithRows)
      expect(t.match(/synthetic-\d{3}/g)!.length, `rows on page ${i + 1}`).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= 90; n++) {
      const id = `synthetic-${String(n).padStart(3, '0')}`;
      const lines = pagesWithRows.flatMap(({ t }) => t.split('\n').filter((l) => l.includes(id)));
      expect(lines, id).toHaveLength(1);
      expect(squash(lines[0]!), id).toContain(`第${n}行`);
    }
  });

  it("prints each dataset's rows once: the appendix refers to a chapter that printed them all, and follows the dataset's pdf setting", () => {
    const all = texts.join('\n');
    // The 90-row table is in a chapter in full: its rows appear once, and the appendix gives its page.
    expect(all.match(/synthetic-001/g)).toHaveLength(1);
    const appendix = texts.slice(tocPage('附录 C 数据集') - 1).join('\n');
    const reference = /全部90行数据已印在正文“长表分页”的表格中（第(\d+)页）/.exec(squash(appendix));
    expect(reference).not.toBeNull();
    expect(texts[Number(reference![1]) - 1]).toMatch(/synthetic-001/);
    // pdf: { rows: 2 } prints the first two rows and says where the rest is.
    expect(appendix).toContain('合成语言甲');
    expect(appendix).toContain('合成语言乙');
    expect(all).not.toContain('合成语言丙');
    expect(squash(appendix)).toContain(squash('仅印出前 2 行，共 3 行'));
  });

  it.each(['site', 'sample'] as const)(
    'keeps each short table on one page with its caption (%s report)',
    async (which) => {
      const { model, pdf } = await builtPdf(which);
      const all = pageTexts(pdf, Number(pdfinfo(pdf).Pages), 'raw');
      const contents = [...pageTexts(pdf, 2)[1]!.matchAll(/^\s*(\S.*?\S)\s+(\d+)\s*$/gm)].map((m) => ({
        title: m[1]!,
        page: Number(m[2]),
      }));
      const body = all.slice(0, contents.find((e) => e.title.startsWith('附录 A'))!.page - 1).map(squash);
      const tables = model.pages.flatMap((p) => p.figures).filter((f) => f.kind === 'table');
      expect(tables.length).toBeGreaterThan(0);
      for (const figure of tables) {
        const dataset = model.datasets.get(figure.spec.dataset)!;
        if (dataset.rows.length > 25) continue;
        const firstLabel = [...dataset.columnsById.values()][0]!.label;
        const lastKey = String(dataset.rows.at(-1)![dataset.keyColumn]);
        // Caption, then header, then the last row, all on one page (the title recurs later in the source line).
        const caption = squash(figure.spec.caption ?? dataset.title);
        const whole = body.some((t) => {
          const at = t.indexOf(caption);
          const header = at < 0 ? -1 : t.indexOf(squash(firstLabel), at + caption.length);
          return header >= 0 && t.indexOf(squash(lastKey), header) >= 0;
        });
        expect(whole, dataset.id).toBe(true);
      }
    },
  );

  it.each(['site', 'sample'] as const)(
    "leaves no claim's evidence label and no dataset's title alone at the foot of a page (%s report)",
    async (which) => {
      const { model, pdf } = await builtPdf(which);
      const pages = pageTexts(pdf, Number(pdfinfo(pdf).Pages));
      const titles = new Set([...model.datasets.values()].map((d) => squash(d.title)));
      pages.forEach((text, i) => {
        // The last lines above the footer ("第 X 页 / 共 Y 页").
        const lines = text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(0, -1);
        const foot = lines.slice(-2);
        expect(foot.join(' '), `page ${i + 1}`).not.toMatch(/(^|\s)证据\s*(（\d+）)?$/);
        for (const line of foot) expect(titles.has(squash(line)), `page ${i + 1}: ${line}`).toBe(false);
      });
    },
  );

  it.each(['site', 'sample'] as const)(
    "puts each contents entry's page number after the last line of its title (%s report)",
    async (which) => {
      const { model, pdf } = await builtPdf(which);
      const contents = squash(pageTexts(pdf, 2)[1]!);
      const titles = [
        ...model.chapters.flatMap((c) => [`第 ${c.number} 章 ${c.title}`, ...c.pages.slice(1).map((p) => p.title)]),
      ];
      for (const title of titles)
        expect(contents, title).toMatch(new RegExp(`${squash(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+`));
    },
  );

  it.each(['site', 'sample'] as const)(
    'leaves no page half empty but the last before a chapter or appendix (%s report)',
    async (which) => {
      const { pdf } = await builtPdf(which);
      const pages = Number(pdfinfo(pdf).Pages);
      const contents = [...pageTexts(pdf, 2)[1]!.matchAll(/^\s*(\S.*?\S)\s+(\d+)\s*$/gm)].map((m) => ({
        title: m[1]!,
        page: Number(m[2]),
      }));
      const starts = new Set(contents.filter((e) => /^(第 \d+ 章|附录|执行摘要)/.test(e.title)).map((e) => e.page));
      const halfEmpty: number[] = [];
      for (let page = 2; page < pages; page++)
        if (!starts.has(page + 1) && largestGap(pdf, page) > 0.5) halfEmpty.push(page);
      expect(halfEmpty).toEqual([]);
    },
  );

  it('has bookmarks for the chapters and sections, and its language set', async () => {
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const lang = doc.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : '').toBe('zh-CN');
    const titles: string[] = [];
    const walk = (item: PDFDict | undefined) => {
      for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const title = node.lookup(PDFName.of('Title'));
        if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
        walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
    const joined = titles.map(squash).join('|');
    // "第 1 章 标题", with the space a reader sees between number and title.
    for (const chapter of report.chapters) expect(titles).toContain(`第 ${chapter.number} 章 ${chapter.title}`);
    for (const page of report.chapters.flatMap((c) => c.pages.slice(1))) expect(joined).toContain(squash(page.title));
  });
});

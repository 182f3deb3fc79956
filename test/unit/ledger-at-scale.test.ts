import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/bench/generate.ts';
import { memoryFiles } from '../../src/model/files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { renderContext } from '../../src/render/context.ts';
import { claimMark, verdictBadge } from '../../src/render/evidence.ts';
import { citedOn, claimEntryBody, kidsToHtml } from '../../src/render/ledger.ts';
import { verdicts } from '../../src/schema/claim.ts';
import { Urls } from '../../src/render/urls.ts';

/**
 * A ledger of 4,500 claims (issue #10 item 4): the report loads, every claim keeps the number of
 * its place in data/claims.yaml whatever order the text cites it in, and the compact table's cells
 * (number, statement, verdict, evidence count, where cited) and each full entry can be built.
 */
const total = 4500;
/** Claim ids do not follow file order, so a number taken from the id or from citation order shows up. */
const idAt = (position: number) => `c${((position * 7) % total) + 1}`;

const files = generateReport({ chapters: 2, pagesPerChapter: 2, datasets: 1, rowsPerDataset: 3, diagramEvery: 1000 });
files['data/claims.yaml'] = Array.from({ length: total }, (_, i) =>
  [
    `- id: ${idAt(i)}`,
    `  statement: 第 ${i + 1} 行的断言`,
    `  verdict: ${verdicts[i % verdicts.length]}`,
    '  evidence:',
    `    - source: s${(i % 4) + 1}`,
    `      quote: 引文 ${i + 1}`,
    '      stance: context',
    '',
  ].join('\n'),
).join('');
// One page cites every claim, last in the file first.
const marks = Array.from({ length: total }, (_, i) => `[说法](claim:${idAt(total - 1 - i)})`).join('，');
files['content/003-附录/index.md'] = `---\ntitle: 全部断言\nsummary: 引用台账中的每一条断言。\n---\n\n${marks}。\n`;

const { report, diagnostics } = await loadReport(memoryFiles(files));

describe('a ledger of 4,500 claims', () => {
  it('loads without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    expect(report!.claims.size).toBe(total);
  });

  it('numbers each claim by its place in data/claims.yaml, not by id or by citation order', () => {
    const claims = [...report!.claims.values()];
    claims.forEach((claim, i) => {
      expect(claim.id).toBe(idAt(i));
      expect(claim.number).toBe(i + 1);
      expect(claim.statement).toBe(`第 ${i + 1} 行的断言`);
    });
  });

  it('builds the compact table row and full entry of every claim, and the marks in the text name the same numbers', () => {
    const ctx = renderContext(report!, new Urls('/'));
    const rows = [...report!.claims.values()].map((claim) => ({
      number: ctx.t.claimNumber(claim.number),
      verdict: kidsToHtml(verdictBadge(ctx, claim)),
      evidence: claim.evidence.length,
      cited: kidsToHtml(citedOn(ctx, claim.citedBy)),
      entry: kidsToHtml(claimEntryBody(ctx, claim)),
    }));
    expect(rows).toHaveLength(total);
    rows.forEach((row, i) => {
      expect(row.number).toBe(`断言 ${i + 1}`);
      expect(row.evidence).toBe(1);
      expect(row.cited).toContain('全部断言');
      expect(row.entry).toContain(`引文 ${i + 1}`);
    });
    const contradicted = rows.filter((_, i) => verdicts[i % verdicts.length] === 'contradicted');
    expect(contradicted.every((row) => row.verdict.includes('verdict-contradicted'))).toBe(true);

    // The last claim in the file is cited first in the text: its mark still says 断言 4500.
    const last = report!.claims.get(idAt(total - 1))!;
    expect(kidsToHtml(claimMark(ctx, last, 'k'))).toContain(`断言 ${total}`);
  });
});

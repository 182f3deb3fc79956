import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/model/files.ts';
import { formatDiagnostic } from '../../src/model/format.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { parseInWorker } from '../../src/node/mermaid-parser.ts';

/** Pins the exact wording authors see, in both locales. */
async function messagesFor(patch: Record<string, (text: string) => string>, locale: 'zh-CN' | 'en', root?: string) {
  const files = readTree(starterDir);
  for (const [path, change] of Object.entries(patch)) files[path] = change(files[path] ?? '');
  const result = await loadReport(memoryFiles(files), {
    locale,
    parseDiagram: parseInWorker,
    ...(root ? { root } : {}),
  });
  return result.diagnostics.map((d) => formatDiagnostic(d, locale)).join('\n');
}

const typo = { 'data/claims.yaml': (t: string) => t.replace('confidence: high', 'confidance: high') };
const formatOne = { 'content/report.yaml': (t: string) => t.replace('format: 2\n', '') };
const formatThree = { 'content/report.yaml': (t: string) => t.replace('format: 2\n', 'format: 3\n') };
const badDate = { 'content/report.yaml': (t: string) => t.replace('date: 2026-11-26', 'date: 26.11.2026') };
const unitClash = { 'content/02-迁移/index.md': (t: string) => t.replace('y: p99', 'y: [p99, tps]') };

describe('message wording', () => {
  it('unknown field, with the allowed ones and a guess', async () => {
    expect(await messagesFor(typo, 'zh-CN')).toMatchInlineSnapshot(`
      "data/claims.yaml:33:3  [2].confidance  错误: 未知字段“confidance”；允许的字段：id、statement、claimedIn、verdict、evidence、note、confidence、checked
          提示: 是否想写“confidence”？"
    `);
    expect(await messagesFor(typo, 'en')).toMatchInlineSnapshot(`
      "data/claims.yaml:33:3  [2].confidance  error: unknown field "confidance"; allowed fields: id, statement, claimedIn, verdict, evidence, note, confidence, checked
          hint: did you mean "confidence"?"
    `);
  });

  it('a report written for format 1: one message naming the upgrade, not one per old field', async () => {
    const oldLedger = {
      ...formatOne,
      'data/claims.yaml': (t: string) => t.replace(/evidence:\n(?: {4}.*\n)+/g, 'sources: [seed-article]\n'),
    };
    expect(await messagesFor(oldLedger, 'zh-CN')).toMatchInlineSnapshot(
      `"content/report.yaml:2:1  format  错误: 本报告按第 1 版格式编写（report.yaml 没有 format 时即为第 1 版），当前格式为第 2 版。升级后再检查，升级命令：npm run migrate -- --root ."`,
    );
    expect(await messagesFor(oldLedger, 'en')).toMatchInlineSnapshot(
      `"content/report.yaml:2:1  format  error: this report is written for format 1 (a report.yaml without format is format 1); the current format is 2. Upgrade it, then validate again; the command: npm run migrate -- --root ."`,
    );
  });

  it('the upgrade command names the report folder as given, quoted for the shell when needed', async () => {
    expect(await messagesFor(formatOne, 'en', 'reports/go 2026')).toMatch(
      /the command: npm run migrate -- --root 'reports\/go 2026'$/,
    );
    expect(await messagesFor(formatOne, 'zh-CN', '../old-report')).toMatch(
      /升级命令：npm run migrate -- --root \.\.\/old-report$/,
    );
  });

  it('a report written for a format newer than this Dossier knows: one message naming the newest it knows', async () => {
    expect(await messagesFor(formatThree, 'zh-CN')).toMatchInlineSnapshot(
      `"content/report.yaml:2:9  format  错误: 本报告按第 3 版格式编写，而这个 Dossier 认识的最新格式是第 2 版；请换用能读第 3 版的 Dossier，不要手动改小 format"`,
    );
    expect(await messagesFor(formatThree, 'en')).toMatchInlineSnapshot(
      `"content/report.yaml:2:9  format  error: this report is written for format 3, but the newest format this Dossier knows is 2; use a Dossier that reads format 3 rather than lowering format by hand"`,
    );
  });

  it('bad date', async () => {
    expect(await messagesFor(badDate, 'zh-CN')).toMatchInlineSnapshot(
      `"content/report.yaml:9:7  date  错误: 格式不对：应为 YYYY-MM-DD 格式的日期，实际为 "26.11.2026""`,
    );
    expect(await messagesFor(badDate, 'en')).toMatchInlineSnapshot(
      `"content/report.yaml:9:7  date  error: wrong format: expected a date as YYYY-MM-DD, found "26.11.2026""`,
    );
  });

  it('units that do not share an axis', async () => {
    expect(await messagesFor(unitClash, 'en')).toMatchInlineSnapshot(
      `"content/02-迁移/index.md:23:10  y[1]  error: columns on one axis must share a unit: "p99" is in ms, "tps" in 次/秒"`,
    );
  });
});

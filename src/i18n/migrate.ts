import type { Locale } from '../schema/report.ts';

/** What `npm run migrate` writes into the YAML it changes and prints about it, in the report's language. */
const zh = {
  /** Comment beside each evidence item made from a format-1 source id: the stance is the author's call. */
  stanceToReview: ' stance 待核查：supports | contradicts | context',
  /** Comment beside a reliability written because format 1 implied it. */
  reliabilityImplied: ' 第 1 版未写时默认为 secondary；请核查',
  quoteKept: (claims: string) =>
    claims ? ` 原 quote 被多条断言引用（${claims}）；请移到所属证据` : ' 原 quote 没有断言引用；请移到所属证据',
  quoteInNote: (note: string | undefined, quote: string) => (note ? `${note}；原引文：${quote}` : `原引文：${quote}`),
  listSeparator: '、',
  evidenceFromSources: (ids: string) => `sources 改为 evidence：${ids}（stance 待作者决定）`,
  quoteMoved: (source: string, claim: string) => `来源“${source}”的 quote 移到断言“${claim}”的证据条目`,
  quoteIntoNote: (source: string) => `来源“${source}”的 quote 并入其 note`,
  reliabilityAdded: (source: string) => `来源“${source}”写明 reliability: secondary（第 1 版的默认值）`,
  formatSet: (to: number) => `format 设为 ${to}`,
  upToDate: (format: number) => `报告已是第 ${format} 版格式，无需迁移`,
  planned: (from: number, to: number, count: number) => `从第 ${from} 版迁移到第 ${to} 版，共 ${count} 处修改：`,
  dryRun: '试运行：没有写入任何文件。确认后加 --yes 运行以写入。',
  written: (files: string) => `已写入：${files}。请运行 npm run validate 检查结果。`,
  refused: '未做任何修改。',
};

const en: typeof zh = {
  stanceToReview: ' stance: to review (supports | contradicts | context)',
  reliabilityImplied: ' format 1 default when not written; please review',
  quoteKept: (claims: string) =>
    claims
      ? ` quote of format 1 cited by several claims (${claims}); move it to its evidence`
      : ' quote of format 1 cited by no claim; move it to its evidence',
  quoteInNote: (note: string | undefined, quote: string) => (note ? `${note} Quote: ${quote}` : `Quote: ${quote}`),
  listSeparator: ', ',
  evidenceFromSources: (ids: string) => `sources become evidence: ${ids} (stance left for the author)`,
  quoteMoved: (source: string, claim: string) =>
    `the quote of source "${source}" moves to its evidence item in claim "${claim}"`,
  quoteIntoNote: (source: string) => `the quote of source "${source}" is kept in its note`,
  reliabilityAdded: (source: string) => `source "${source}" states reliability: secondary (format 1's default)`,
  formatSet: (to: number) => `format set to ${to}`,
  upToDate: (format: number) => `the report is already in format ${format}; nothing to migrate`,
  planned: (from: number, to: number, count: number) =>
    `migrating from format ${from} to ${to}, ${count} change${count === 1 ? '' : 's'}:`,
  dryRun: 'dry run: no file was written. Run again with --yes to write these changes.',
  written: (files: string) => `written: ${files}. Run npm run validate to check the result.`,
  refused: 'nothing was changed.',
};

export type MigrateWords = typeof zh;

export function migrateWords(locale: Locale): MigrateWords {
  return locale === 'zh-CN' ? zh : en;
}

import type { Locale } from '../schema/report.ts';
import type { Entry } from './diagnostic-entry.ts';
import { figureEntries } from './diagnostics-figures.ts';
import { untrustedInput } from './diagnostics-untrusted.ts';
import { yamlEntries } from './diagnostics-yaml.ts';

/** Kinds of things with ids, as Chinese messages name them. */
const zhKinds: Record<string, string> = { page: '页面', claim: '断言', source: '来源', dataset: '数据集' };

/** `too-small` is given zod's `origin` (what was too small) and the minimum. */
const tooSmall: Record<Locale, (origin: string | number | undefined, min: number) => string> = {
  'zh-CN': (origin, min) =>
    origin === 'string' ? '不能为空' : origin === 'array' ? `至少需要 ${min} 项` : `应不小于 ${min}`,
  en: (origin, min) =>
    origin === 'string'
      ? 'expected a non-empty text'
      : origin === 'array'
        ? `expected at least ${min} item${min === 1 ? '' : 's'}`
        : `expected at least ${min}`,
};

/**
 * Every problem `validate` and the build can report, with its wording in each locale.
 * Codes are permanent: tests, `--format json` consumers and the authoring guide refer to them.
 */
export const catalogue = {
  ...yamlEntries,
  'report-missing': {
    severity: 'error',
    'zh-CN': () => '缺少报告元数据文件 content/report.yaml',
    en: () => 'the report metadata file content/report.yaml is missing',
  },
  'no-pages': {
    severity: 'error',
    'zh-CN': () => 'content/ 下没有任何 .md 页面',
    en: () => 'there is no .md page under content/',
  },
  'home-missing': {
    severity: 'error',
    'zh-CN': () => '缺少首页 content/index.md：它的正文是执行摘要，frontmatter 中的 findings 是关键发现',
    en: () =>
      'the home page content/index.md is missing: its body is the executive summary, its findings the key findings',
  },
  'chapter-index-missing': {
    severity: 'error',
    'zh-CN': (p) => `章节文件夹 ${p.folder} 缺少 index.md（章节首页，提供章节标题）`,
    en: (p) => `the chapter folder ${p.folder} has no index.md (the chapter's opening page, which gives its title)`,
  },
  'wrong-type': {
    severity: 'error',
    'zh-CN': (p) => `应为${p.expected}，实际为 ${p.found}`,
    en: (p) => `expected ${p.expected}, found ${p.found}`,
  },
  'not-in-enum': {
    severity: 'error',
    'zh-CN': (p) => `应为以下之一：${p.expected}；实际为 ${p.found}`,
    en: (p) => `expected one of ${p.expected}, found ${p.found}`,
  },
  'missing-field': {
    severity: 'error',
    'zh-CN': (p) => `缺少必填字段“${p.key}”（${p.expected}）`,
    en: (p) => `missing required field "${p.key}" (${p.expected})`,
  },
  'unknown-field': {
    severity: 'error',
    'zh-CN': (p) => `未知字段“${p.key}”；允许的字段：${p.expected}`,
    en: (p) => `unknown field "${p.key}"; allowed fields: ${p.expected}`,
  },
  'bad-format': {
    severity: 'error',
    'zh-CN': (p) => `格式不对：应为 ${p.expected}，实际为 ${p.found}`,
    en: (p) => `wrong format: expected ${p.expected}, found ${p.found}`,
  },
  'too-small': {
    severity: 'error',
    'zh-CN': (p) => `${tooSmall['zh-CN'](p.origin, Number(p.min))}，实际为 ${p.found}`,
    en: (p) => `${tooSmall.en(p.origin, Number(p.min))}, found ${p.found}`,
  },
  'schema-other': {
    severity: 'error',
    'zh-CN': (p) => `${p.detail}`,
    en: (p) => `${p.detail}`,
  },
  'duplicate-id': {
    severity: 'error',
    'zh-CN': (p) => `${zhKinds[p.kind as string] ?? p.kind} id “${p.id}”重复：已在 ${p.other} 定义`,
    en: (p) => `duplicate ${p.kind} id "${p.id}": already defined at ${p.other}`,
  },
  'unknown-ref': {
    severity: 'error',
    'zh-CN': (p) => `找不到${zhKinds[p.kind as string] ?? p.kind}“${p.id}”；应为 ${p.where} 中已定义的 id`,
    en: (p) => `no ${p.kind} "${p.id}"; expected an id defined in ${p.where}`,
  },
  'claim-needs-source': {
    severity: 'error',
    'zh-CN': (p) => `结论为“${p.verdict}”的断言至少要有一条证据（evidence，每条写明 source），实际为空`,
    en: (p) =>
      `a claim whose verdict is "${p.verdict}" needs at least one evidence item (evidence, each naming its source), found none`,
  },
  'format-outdated': {
    severity: 'error',
    'zh-CN': (p) =>
      `本报告按第 ${p.found} 版格式编写（report.yaml 没有 format 时即为第 1 版），当前格式为第 ${p.current} 版。升级后再检查，升级命令：${p.command}`,
    en: (p) =>
      `this report is written for format ${p.found} (a report.yaml without format is format 1); the current format is ${p.current}. Upgrade it, then validate again; the command: ${p.command}`,
  },
  'format-newer': {
    severity: 'error',
    'zh-CN': (p) =>
      `本报告按第 ${p.found} 版格式编写，而这个 Dossier 认识的最新格式是第 ${p.current} 版；请换用能读第 ${p.found} 版的 Dossier，不要手动改小 format`,
    en: (p) =>
      `this report is written for format ${p.found}, but the newest format this Dossier knows is ${p.current}; use a Dossier that reads format ${p.found} rather than lowering format by hand`,
  },
  'migrate-unexpected': {
    severity: 'error',
    'zh-CN': (p) => `无法迁移：应为${p.expected}，实际为 ${p.found}；请先改正，再运行迁移`,
    en: (p) => `cannot migrate: expected ${p.expected}, found ${p.found}; correct it, then run the migration again`,
  },
  'migrate-quote-kept': {
    severity: 'warning',
    'zh-CN': (p) =>
      p.count === 0
        ? `来源“${p.id}”的引文 quote 没有断言引用，已并入该来源的 note；请决定它属于哪条断言的证据`
        : `来源“${p.id}”的引文 quote 被 ${p.count} 条断言引用（${p.claims}），已并入该来源的 note；请核对这些断言，把引文移到它所属的证据条目`,
    en: (p) =>
      p.count === 0
        ? `the quote of source "${p.id}" is cited by no claim; it was kept in the source's note: decide which claim's evidence it belongs to`
        : `the quote of source "${p.id}" is cited by ${p.count} claims (${p.claims}); it was kept in the source's note: review these claims and move it to the evidence item it belongs to`,
  },
  'frontmatter-missing': {
    severity: 'error',
    'zh-CN': () => '页面缺少 frontmatter：文件应以 --- 开头的 YAML 块起始，至少包含 title',
    en: () => 'the page has no frontmatter: start the file with a --- YAML block holding at least a title',
  },
  'unknown-directive': {
    severity: 'error',
    'zh-CN': (p) => `未知的块指令“:::${p.name}”；可用的指令：${p.expected}`,
    en: (p) => `unknown block directive ":::${p.name}"; the directives are ${p.expected}`,
  },
  'directive-swallows-link': {
    severity: 'error',
    'zh-CN': (p) =>
      `“${p.found}”被读作指令“:${p.name}”，其后的 (${p.kind}:…) 不再是链接；请在“:${p.name}”的冒号前加反斜杠（\\:），或在冒号后加空格`,
    en: (p) =>
      `"${p.found}" is read as the directive ":${p.name}", so the (${p.kind}:…) after it is not a link; put a backslash before the colon (\\:) or a space after it`,
  },
  'quote-needs-source': {
    severity: 'error',
    'zh-CN': () => '引文块 :::quote 应写明出处，例如 :::quote{source=seed-article}',
    en: () => 'a :::quote block must name its source, e.g. :::quote{source=seed-article}',
  },
  'broken-link': {
    severity: 'error',
    'zh-CN': (p) => `链接目标“${p.target}”不存在；应指向 content/ 下的 .md 页面`,
    en: (p) => `link target "${p.target}" does not exist; expected a .md page under content/`,
  },
  'broken-anchor': {
    severity: 'error',
    'zh-CN': (p) => `页面 ${p.page} 中没有标题锚点“#${p.anchor}”；该页的锚点：${p.expected}`,
    en: (p) => `page ${p.page} has no heading anchor "#${p.anchor}"; its anchors are ${p.expected}`,
  },
  stale: {
    severity: 'warning',
    'zh-CN': (p) => `数据集的采集日期 ${p.date} 距报告日期 ${p.reportDate} 已超过 ${p.days} 天，请确认仍然有效`,
    en: (p) =>
      `the dataset was collected on ${p.date}, more than ${p.days} days before the report (${p.reportDate}); check it still holds`,
  },
  'source-stale': {
    severity: 'warning',
    'zh-CN': (p) =>
      `来源${p.field === 'accessed' ? '最后访问于' : '发布于'} ${p.date}，距报告日期 ${p.reportDate} 已超过 ${p.days} 天：` +
      `重新核对后更新 accessed；若引用的正是当时的文件（如旧公告），写 historical: true`,
    en: (p) =>
      `the source was ${p.field === 'accessed' ? 'last accessed' : 'published'} on ${p.date}, more than ${p.days} days before the report (${p.reportDate}): ` +
      `check it again and update accessed, or, if it is cited as a record of its time (an old announcement), write historical: true`,
  },
  'claim-unsourced': {
    severity: 'warning',
    'zh-CN': () =>
      '断言没有任何证据，也没有注明出处；至少用 claimedIn 注明断言出自何处（如 claimedIn: { source: 文章的来源 id }）',
    en: () =>
      "the claim has no evidence and no origin; at least say where the claim comes from with claimedIn (claimedIn: { source: the document's source id })",
  },
  'stance-not-recorded': {
    severity: 'warning',
    'zh-CN': () => '证据未记录立场 stance（supports、contradicts 或 context）；页面与 PDF 将显示“未记录”',
    en: () =>
      'the evidence item records no stance (supports, contradicts or context); pages and the PDF will say "not recorded"',
  },
  'dataset-no-method': {
    severity: 'warning',
    'zh-CN': () => '数据集缺少 method：说明数据是如何获得的',
    en: () => 'the dataset has no method: say how the values were obtained',
  },
  ...figureEntries,
  ...untrustedInput,
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof catalogue;

interface Labels {
  error: string;
  warning: string;
  strictWarning: string;
  hint: string;
  summary: (errors: number, warnings: number) => string;
  /** One line for many warnings of a summarised kind in one file. */
  summarised: (count: number, next: string[]) => string;
}

/** The words before each message; under --strict a warning says it counts as an error, as the summary does. */
export const labels: Record<Locale, Labels> = {
  'zh-CN': {
    error: '错误',
    warning: '警告',
    strictWarning: '警告（按错误处理）',
    hint: '提示',
    summary: (errors, warnings) =>
      errors + warnings === 0 ? '✓ 检查通过，没有发现问题' : `${errors} 个错误，${warnings} 个警告`,
    summarised: (count, next) => `本文件共 ${count} 处，从这里起依次在 ${next.join('、')} 等处；加 --verbose 逐条列出`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    strictWarning: 'warning (treated as error)',
    hint: 'hint',
    summary: (errors, warnings) =>
      errors + warnings === 0
        ? '✓ all checks passed'
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    summarised: (count, next) =>
      `${count} in this file, starting here, then ${next.join(', ')} and more; --verbose lists each one`,
  },
};

/** Warnings about an optional field left out: many are normal, so validate sums them up per file unless asked for each. */
export const summarisedCodes: readonly DiagnosticCode[] = ['stance-not-recorded'];

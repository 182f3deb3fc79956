import type { Locale } from '../schema/report.ts';
import { yamlEntries } from './diagnostics-yaml.ts';

/**
 * Every problem `validate` and the build can report, with its wording in each locale.
 * Codes are permanent: tests, `--format json` consumers and the authoring guide refer to them.
 */
export type Params = Record<string, string | number>;
type Text = (p: Params) => string;
export interface Entry {
  severity: Severity;
  'zh-CN': Text;
  en: Text;
}

export type Severity = 'error' | 'warning';
/** A hint in every locale; the one matching the report is shown. */
export type Hint = Record<Locale, string>;

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
    en: () => 'the home page content/index.md is missing: its body is the executive summary, its findings the key findings',
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
    'zh-CN': (p) => `${p.expected}，实际为 ${p.found}`,
    en: (p) => `${p.expected}, found ${p.found}`,
  },
  'schema-other': {
    severity: 'error',
    'zh-CN': (p) => `${p.detail}`,
    en: (p) => `${p.detail}`,
  },
  'duplicate-id': {
    severity: 'error',
    'zh-CN': (p) => `${p.kind} id “${p.id}”重复：已在 ${p.other} 定义`,
    en: (p) => `duplicate ${p.kind} id "${p.id}": already defined at ${p.other}`,
  },
  'unknown-ref': {
    severity: 'error',
    'zh-CN': (p) => `找不到${p.kind}“${p.id}”；应为 ${p.where} 中已定义的 id`,
    en: (p) => `no ${p.kind} "${p.id}"; expected an id defined in ${p.where}`,
  },
  'unknown-column': {
    severity: 'error',
    'zh-CN': (p) => `数据集“${p.dataset}”没有列“${p.id}”；可用的列：${p.expected}`,
    en: (p) => `dataset "${p.dataset}" has no column "${p.id}"; its columns are ${p.expected}`,
  },
  'duplicate-column': {
    severity: 'error',
    'zh-CN': (p) => `列 id “${p.id}”在本数据集中重复`,
    en: (p) => `column id "${p.id}" appears twice in this dataset`,
  },
  'claim-needs-source': {
    severity: 'error',
    'zh-CN': (p) => `结论为“${p.verdict}”的断言至少要列出一个来源（sources），实际为空`,
    en: (p) => `a claim whose verdict is "${p.verdict}" must name at least one source in sources, found none`,
  },
  'chart-not-numeric': {
    severity: 'error',
    'zh-CN': (p) => `图表的 y 列“${p.id}”应为数值列（number 或 integer），实际类型为 ${p.found}`,
    en: (p) => `chart y column "${p.id}" must be numeric (number or integer), found type ${p.found}`,
  },
  'chart-unit-mismatch': {
    severity: 'error',
    'zh-CN': (p) => `同一坐标轴上的列单位应一致：“${p.a}”为 ${p.unitA}，“${p.b}”为 ${p.unitB}`,
    en: (p) => `columns on one axis must share a unit: "${p.a}" is in ${p.unitA}, "${p.b}" in ${p.unitB}`,
  },
  'metric-needs-unit': {
    severity: 'error',
    'zh-CN': (p) => `指标列“${p.id}”写了 better，应为带单位 unit 的数值列（number 或 integer）`,
    en: (p) => `metric column "${p.id}" has better, so it must be numeric (number or integer) with a unit`,
  },
  'kind-needs-column': {
    severity: 'error',
    'zh-CN': (p) => `${p.kind} 类数据集至少需要一个${p.expected}列，实际没有`,
    en: (p) => `a ${p.kind} dataset needs at least one ${p.expected} column, found none`,
  },
  'rows-or-csv': {
    severity: 'error',
    'zh-CN': (p) => (p.found === 'both' ? '只能写 rows 或 csv 之一，实际两者都有' : '需要 rows 或 csv 之一，实际都没有'),
    en: (p) => (p.found === 'both' ? 'write either rows or csv, found both' : 'expected rows or csv, found neither'),
  },
  'csv-missing': {
    severity: 'error',
    'zh-CN': (p) => `找不到 CSV 文件 ${p.file}`,
    en: (p) => `the CSV file ${p.file} does not exist`,
  },
  'csv-syntax': {
    severity: 'error',
    'zh-CN': (p) => `CSV 格式错误：${p.detail}`,
    en: (p) => `CSV syntax error: ${p.detail}`,
  },
  'unknown-cell-column': {
    severity: 'error',
    'zh-CN': (p) => `“${p.id}”不是本数据集声明的列；已声明的列：${p.expected}`,
    en: (p) => `"${p.id}" is not a column of this dataset; declared columns: ${p.expected}`,
  },
  'cell-type': {
    severity: 'error',
    'zh-CN': (p) => `列“${p.id}”的值应为${p.expected}，实际为 ${p.found}`,
    en: (p) => `column "${p.id}" expects ${p.expected}, found ${p.found}`,
  },
  'frontmatter-missing': {
    severity: 'error',
    'zh-CN': () => '页面缺少 frontmatter：文件应以 --- 开头的 YAML 块起始，至少包含 title',
    en: () => 'the page has no frontmatter: start the file with a --- YAML block holding at least a title',
  },
  'fence-empty': {
    severity: 'error',
    'zh-CN': (p) => `\`\`\`${p.lang} 代码块为空，应为 YAML 规格（至少含 dataset）`,
    en: (p) => `the \`\`\`${p.lang} fence is empty; expected a YAML spec with at least a dataset`,
  },
  'mermaid-syntax': {
    severity: 'error',
    'zh-CN': (p) => `Mermaid 图语法错误：${p.detail}`,
    en: (p) => `Mermaid syntax error: ${p.detail}`,
  },
  'mermaid-dash': {
    severity: 'error',
    'zh-CN': (p) => `Mermaid 图语法错误：箭头里用了排版用的长破折号“${p.dash}”；箭头只能用 ASCII 字符，写成 -->（文字处理软件常把 -- 自动换成破折号）`,
    en: (p) => `Mermaid syntax error: the arrow uses the typographic dash "${p.dash}"; arrows are ASCII only, write --> (word processors turn -- into a dash)`,
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
  'source-no-access-date': {
    severity: 'warning',
    'zh-CN': () => '有 url 的来源应写明访问日期 accessed（YYYY-MM-DD）',
    en: () => 'a source with a url should say when it was accessed (accessed: YYYY-MM-DD)',
  },
  stale: {
    severity: 'warning',
    'zh-CN': (p) => `数据集的采集日期 ${p.date} 距报告日期 ${p.reportDate} 已超过 ${p.days} 天，请确认仍然有效`,
    en: (p) => `the dataset was collected on ${p.date}, more than ${p.days} days before the report (${p.reportDate}); check it still holds`,
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
  'claim-unchecked': {
    severity: 'warning',
    'zh-CN': () => '断言缺少核查日期 checked（YYYY-MM-DD）',
    en: () => 'the claim has no checked date (checked: YYYY-MM-DD)',
  },
  'claim-unsourced': {
    severity: 'warning',
    'zh-CN': () => '断言没有任何来源；至少注明断言出自何处',
    en: () => 'the claim names no source; at least say where the claim comes from',
  },
  'dataset-no-method': {
    severity: 'warning',
    'zh-CN': () => '数据集缺少 method：说明数据是如何获得的',
    en: () => 'the dataset has no method: say how the values were obtained',
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof catalogue;

/** The words before each message; under --strict a warning says it counts as an error, as the summary does. */
export const labels: Record<Locale, { error: string; warning: string; strictWarning: string; hint: string }> = {
  'zh-CN': { error: '错误', warning: '警告', strictWarning: '警告（按错误处理）', hint: '提示' },
  en: { error: 'error', warning: 'warning', strictWarning: 'warning (treated as error)', hint: 'hint' },
};

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path relative to the report root, with forward slashes. */
  file: string;
  /** 1-based; 0 only when the file itself is missing. */
  line: number;
  column: number;
  /** Where in the file's data the problem is, e.g. `[3].sources[0]`; empty for Markdown text. */
  path: string;
  message: string;
  hint?: string;
}

export interface Place {
  file: string;
  line: number;
  column: number;
  path?: string;
}

/** Builds diagnostics in one locale, so every check words its findings the same way. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  constructor(readonly locale: Locale) {}

  add(code: DiagnosticCode, at: Place, params: Params = {}, hint?: Hint): void {
    const entry: Entry = catalogue[code];
    const hintText = hint?.[this.locale];
    this.list.push({
      code,
      severity: entry.severity,
      file: at.file,
      line: at.line,
      column: at.column,
      path: at.path ?? '',
      message: entry[this.locale](params),
      ...(hintText ? { hint: hintText } : {}),
    });
  }

  get errorCount(): number {
    return this.list.filter((d) => d.severity === 'error').length;
  }

  /** Diagnostics in file, line, column order, so output is stable between runs. */
  sorted(): Diagnostic[] {
    return [...this.list].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
    );
  }
}

import type { Entry, Hint } from './diagnostic-entry.ts';

/** The column a dataset kind requires (`kind-needs-column`'s `need`). */
type NeededColumn = 'metric' | 'numeric' | 'status';
const neededColumn: Record<NeededColumn, Hint> = {
  metric: {
    'zh-CN': '指标（写明 better: higher 或 lower 的数值列）',
    en: 'metric (a numeric column with better: higher or lower)',
  },
  numeric: { 'zh-CN': '数值（number 或 integer）', en: 'numeric (number or integer)' },
  status: { 'zh-CN': '状态（type: status）', en: 'status (type: status)' },
};

type ChartRule = 'band-type' | 'band-one-y' | 'stacked-type' | 'share-one-y' | 'share-no-series';
const chartRuleZh: Record<ChartRule, string> = {
  'band-type': '不能画范围带 band；band 只用于 line 或 area 图',
  'band-one-y': '的范围带 band 只能配一个 y 列',
  'stacked-type': '不能堆叠；stacked 只用于 bar、horizontal-bar 或 area 图',
  'share-one-y': '表示各部分占整体的份额，只能有一个 y 列',
  'share-no-series': '不能按 series 分组；每个 x 值是一块扇区',
};
const chartRuleEn: Record<ChartRule, string> = {
  'band-type': 'cannot draw a band; band is for line and area charts',
  'band-one-y': 'with a band takes exactly one y column',
  'stacked-type': 'cannot be stacked; stacked is for bar, horizontal-bar and area charts',
  'share-one-y': 'shows the shares of one whole, so it takes exactly one y column',
  'share-no-series': 'cannot split into series; each x value is one slice',
};

/**
 * Part of the one diagnostics catalogue (spread into `catalogue` in diagnostics.ts): datasets, CSV
 * cells, chart and table fences, diagrams, and tables the PDF cannot fit.
 */
export const figureEntries = {
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
  'chart-not-numeric': {
    severity: 'error',
    'zh-CN': (p) => `图表的 ${p.field} 列“${p.id}”应为数值列（number 或 integer），实际类型为 ${p.found}`,
    en: (p) => `chart ${p.field} column "${p.id}" must be numeric (number or integer), found type ${p.found}`,
  },
  'chart-option': {
    severity: 'error',
    'zh-CN': (p) => `${p.type} 图${chartRuleZh[p.rule as ChartRule]}`,
    en: (p) => `a ${p.type} chart ${chartRuleEn[p.rule as ChartRule]}`,
  },
  'filter-no-rows': {
    severity: 'error',
    'zh-CN': (p) => `筛选条件 ${p.filter} 在数据集“${p.dataset}”中没有匹配的行，图表或表格将是空的`,
    en: (p) => `the filter ${p.filter} keeps no row of dataset "${p.dataset}", so the figure would be empty`,
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
    'zh-CN': (p) => `${p.kind} 类数据集至少需要一个${neededColumn[p.need as NeededColumn]['zh-CN']}列，实际没有`,
    en: (p) => `a ${p.kind} dataset needs at least one ${neededColumn[p.need as NeededColumn].en} column, found none`,
  },
  'rows-or-csv': {
    severity: 'error',
    'zh-CN': (p) =>
      p.found === 'both' ? '只能写 rows 或 csv 之一，实际两者都有' : '需要 rows 或 csv 之一，实际都没有',
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
  'csv-empty': {
    severity: 'error',
    'zh-CN': (p) => `CSV 文件为空，没有表头；第一行应为列 id：${p.expected}`,
    en: (p) => `the CSV file is empty and has no header; its first line should name the columns: ${p.expected}`,
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
    'zh-CN': (p) =>
      `Mermaid 图语法错误：箭头里用了排版用的长破折号“${p.dash}”；箭头只能用 ASCII 字符，写成 -->（文字处理软件常把 -- 自动换成破折号）`,
    en: (p) =>
      `Mermaid syntax error: the arrow uses the typographic dash "${p.dash}"; arrows are ASCII only, write --> (word processors turn -- into a dash)`,
  },
  'mermaid-draw': {
    severity: 'error',
    'zh-CN': (p) => `Mermaid 图无法绘制：${p.detail}`,
    en: (p) => `the Mermaid diagram could not be drawn: ${p.detail}`,
  },
  'fence-attribute': {
    severity: 'error',
    'zh-CN': (p) => `\`\`\`mermaid 代码块的属性“${p.found}”无法识别；应为 title="图题" 或 source=来源编号`,
    en: (p) =>
      `the \`\`\`mermaid fence attribute "${p.found}" is not understood; expected title="…" or source=SOURCE-ID`,
  },
  'table-too-wide': {
    severity: 'warning',
    'zh-CN': (p) =>
      `表格“${p.table}”的列“${p.column}”即使用 ${p.floor} pt 字号、放在横向页面上也排不下（需要 ${p.need} mm，只有 ${p.available} mm）：PDF 中该列的词会被断开`,
    en: (p) =>
      `table "${p.table}": column "${p.column}" does not fit a landscape page even at ${p.floor} pt (it needs ${p.need} mm, ${p.available} mm are available); the PDF breaks its words`,
  },
} satisfies Record<string, Entry>;

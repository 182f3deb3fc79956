import type { Verdict } from '../schema/claim.ts';
import type { Status } from '../schema/dataset.ts';
import type { Locale } from '../schema/report.ts';

/** Every word the site and the PDF show that is not the author's. */
const zh = {
  home: '首页',
  summary: '执行摘要',
  keyFindings: '关键发现',
  evidenceOverview: '证据概览',
  claimsTotal: '条断言',
  chapters: '章节',
  contents: '本页目录',
  previous: '上一页',
  next: '下一页',
  claims: '断言台账',
  sources: '参考文献',
  datasets: '数据集',
  search: '搜索',
  searchPlaceholder: '搜索报告全文',
  downloadPdf: '下载 PDF 简报',
  figure: '图',
  table: '表',
  source: '来源',
  asOf: '数据截至',
  showData: '显示数据表',
  downloadCsv: '下载 CSV',
  downloadJson: '下载 JSON',
  method: '方法',
  environment: '运行环境',
  collected: '采集日期',
  metric: '测量指标',
  population: '统计对象',
  sampleSize: '样本量',
  usedIn: '使用本数据集的图表',
  citedOn: '引用位置',
  notCited: '正文未引用',
  verdict: '核查结论',
  confidence: '把握',
  checked: '核查日期',
  note: '说明',
  filterVerdict: '按结论筛选',
  filterChapter: '按章节筛选',
  all: '全部',
  published: '发布',
  accessed: '访问',
  reliability: '可靠性',
  claimsRelying: '依据本来源的断言',
  notFound: '页面不存在',
  notFoundText: '找不到这个页面。可以从首页或搜索重新开始。',
  draft: '草稿',
  version: '版本',
  date: '日期',
  authors: '作者',
  better: { higher: '越高越好', lower: '越低越好' },
  noScriptChart: '图表需要 JavaScript；数据见下表。',
  chapterLabel: (n: number) => `第 ${n} 章`,
  figureLabel: (n: string) => `图 ${n}`,
  pageOf: '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页',
  sortBy: '点击表头排序',
  filterRows: '筛选行',
  rowsShown: (shown: number, total: number) => `显示 ${shown} / ${total} 行`,
};

type Ui = typeof zh;

const en: Ui = {
  home: 'Home',
  summary: 'Executive summary',
  keyFindings: 'Key findings',
  evidenceOverview: 'Evidence overview',
  claimsTotal: 'claims',
  chapters: 'Chapters',
  contents: 'On this page',
  previous: 'Previous',
  next: 'Next',
  claims: 'Claim ledger',
  sources: 'Bibliography',
  datasets: 'Datasets',
  search: 'Search',
  searchPlaceholder: 'Search the report',
  downloadPdf: 'Download the PDF briefing',
  figure: 'Figure',
  table: 'Table',
  source: 'Source',
  asOf: 'as of',
  showData: 'Show the data table',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  method: 'Method',
  environment: 'Environment',
  collected: 'Collected',
  metric: 'Metric',
  population: 'Population',
  sampleSize: 'Sample size',
  usedIn: 'Figures and tables using this dataset',
  citedOn: 'Cited on',
  notCited: 'Not cited in the text',
  verdict: 'Verdict',
  confidence: 'Confidence',
  checked: 'Checked',
  note: 'Note',
  filterVerdict: 'Filter by verdict',
  filterChapter: 'Filter by chapter',
  all: 'All',
  published: 'Published',
  accessed: 'Accessed',
  reliability: 'Reliability',
  claimsRelying: 'Claims relying on this source',
  notFound: 'Page not found',
  notFoundText: 'This page does not exist. Start again from the home page or search.',
  draft: 'Draft',
  version: 'Version',
  date: 'Date',
  authors: 'Authors',
  better: { higher: 'higher is better', lower: 'lower is better' },
  noScriptChart: 'The chart needs JavaScript; the data is in the table below.',
  chapterLabel: (n: number) => `Chapter ${n}`,
  figureLabel: (n: string) => `Figure ${n}`,
  pageOf: 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
  sortBy: 'Click a heading to sort',
  filterRows: 'Filter rows',
  rowsShown: (shown: number, total: number) => `${shown} of ${total} rows shown`,
};

export const verdictLabels: Record<Locale, Record<Verdict, string>> = {
  'zh-CN': { supported: '有据', 'partly-supported': '部分有据', unsupported: '无据可查', contradicted: '与证据相悖', 'not-checkable': '无法核查' },
  en: { supported: 'Supported', 'partly-supported': 'Partly supported', unsupported: 'Unsupported', contradicted: 'Contradicted', 'not-checkable': 'Not checkable' },
};

/** Icons carry meaning beside the colour, so verdicts read without colour vision. */
export const verdictIcons: Record<Verdict, string> = {
  supported: '✔',
  'partly-supported': '◐',
  unsupported: '?',
  contradicted: '✘',
  'not-checkable': '—',
};

export const statusLabels: Record<Locale, Record<Status, string>> = {
  'zh-CN': { supported: '支持', partial: '部分支持', unsupported: '不支持', untested: '未测试', 'not-applicable': '不适用' },
  en: { supported: 'Supported', partial: 'Partial', unsupported: 'Unsupported', untested: 'Untested', 'not-applicable': 'N/A' },
};

export const statusIcons: Record<Status, string> = {
  supported: '✔',
  partial: '◐',
  unsupported: '✘',
  untested: '?',
  'not-applicable': '–',
};

export const confidenceLabels: Record<Locale, Record<'high' | 'medium' | 'low', string>> = {
  'zh-CN': { high: '高', medium: '中', low: '低' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

export const ui = (locale: Locale): Ui => (locale === 'zh-CN' ? zh : en);
export type { Ui };

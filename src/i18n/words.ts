import { distance } from 'fastest-levenshtein';
import { statuses } from '../schema/dataset.ts';
import type { Locale } from '../schema/report.ts';
import type { Hint } from './diagnostic-entry.ts';
import { statusLabels } from './labels.ts';

/** Names of value types as authors think of them, for "expected …, found …", in each locale. */
const typeNames: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    string: '文本',
    text: '文本',
    number: '数字',
    integer: '整数',
    boolean: 'true 或 false',
    date: 'YYYY-MM-DD 格式的日期',
    status: `兼容状态（${statuses.join('、')}，或 ${Object.values(statusLabels['zh-CN']).join('、')}，可加“: 备注”）`,
    array: '列表',
    record: '键值映射',
    object: '键值映射',
    id: 'id（字母、数字、.、-、_，以字母或数字开头）',
    url: 'http(s) 网址',
    'csv-path': '以 .csv 结尾的文件路径',
    'environment-empty': '至少一项运行环境（如 cpu、os、runtime）',
  },
  en: {
    string: 'text',
    text: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    date: 'a date as YYYY-MM-DD',
    status: `a status (${statuses.join(', ')}, or ${Object.values(statusLabels.en).join(', ')}, optionally ": note")`,
    array: 'a list',
    record: 'a mapping',
    object: 'a mapping',
    id: 'an id (letters, digits, ".", "-", "_", starting with a letter or digit)',
    url: 'an http(s) URL',
    'csv-path': 'a file path ending in .csv',
    'environment-empty': 'at least one environment entry (e.g. cpu, os, runtime)',
  },
};

export function typeName(type: string, locale: Locale): string {
  return typeNames[locale][type] ?? type;
}

const valueWords: Record<Locale, { nothing: string; null: string; list: (n: number) => string; mapping: string }> = {
  'zh-CN': { nothing: '空', null: '空值 null', list: (n) => `列表（${n} 项）`, mapping: '键值映射' },
  en: { nothing: 'nothing', null: 'null', list: (n) => `a list of ${n}`, mapping: 'a mapping' },
};

/** How a found value is shown: short, quoted when text, named when structural. */
export function describeValue(value: unknown, locale: Locale): string {
  const words = valueWords[locale];
  if (value === undefined) return words.nothing;
  if (value === null) return words.null;
  if (Array.isArray(value)) return words.list(value.length);
  if (typeof value === 'object') return words.mapping;
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return JSON.stringify(short);
  }
  return String(value);
}

const listWords: Record<Locale, { separator: string; none: string; oneOf: string }> = {
  'zh-CN': { separator: '、', none: '（无）', oneOf: '以下之一：' },
  en: { separator: ', ', none: '(none)', oneOf: 'one of ' },
};

/** Joins options for a message: `a、b、c` in Chinese, `a, b, c` in English. */
export function listOf(items: readonly (string | number)[], locale: Locale): string {
  return items.map(String).join(listWords[locale].separator) || listWords[locale].none;
}

/** "one of a, b, c", for a required field that takes one of a few values. */
export function oneOf(items: readonly (string | number)[], locale: Locale): string {
  return listWords[locale].oneOf + listOf(items, locale);
}

/** What a message says for a column without a unit. */
export const noUnit: Record<Locale, string> = { 'zh-CN': '无单位', en: 'no unit' };

/** The closest known name to a misspelt one, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  // Close enough to be a slip of the keyboard, not a different word.
  return best !== undefined &&
    bestDistance <= Math.max(2, Math.floor(word.length / 3)) &&
    bestDistance < word.length / 2
    ? best
    : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): Hint | undefined {
  const guess = closest(word, candidates);
  return guess === undefined ? undefined : { 'zh-CN': `是否想写“${guess}”？`, en: `did you mean "${guess}"?` };
}

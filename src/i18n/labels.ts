import type { Verdict } from '../schema/claim.ts';
import type { Status } from '../schema/dataset.ts';
import type { Locale } from '../schema/report.ts';

/** Names and icons of the closed lists an author picks from: verdicts, compatibility statuses, confidence. */

export const verdictLabels: Record<Locale, Record<Verdict, string>> = {
  'zh-CN': {
    supported: '有据',
    'partly-supported': '部分有据',
    unsupported: '无据可查',
    contradicted: '与证据相悖',
    'not-checkable': '无法核查',
  },
  en: {
    supported: 'Supported',
    'partly-supported': 'Partly supported',
    unsupported: 'Unsupported',
    contradicted: 'Contradicted',
    'not-checkable': 'Not checkable',
  },
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
  'zh-CN': {
    supported: '支持',
    partial: '部分支持',
    unsupported: '不支持',
    untested: '未测试',
    'not-applicable': '不适用',
  },
  en: {
    supported: 'Supported',
    partial: 'Partial',
    unsupported: 'Unsupported',
    untested: 'Untested',
    'not-applicable': 'N/A',
  },
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

import type { Column } from '../schema/dataset.ts';
import type { Hint } from '../i18n/diagnostic-entry.ts';
import { hints } from '../i18n/hints.ts';

/**
 * Hints that name the fix for the mistakes analysts make most: typography from a word processor
 * (full-width punctuation, typographic dashes) and numbers written the way a report prints them.
 */

const thousands = /^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?$/;
const withUnit = /^([+-]?\d[\d,，]*(?:\.\d+)?)\s*([^\d\s.,，+-].*)$/;

/** For a number column whose cell holds "9,850", "1317 次" or "37%". */
export function numberCellHint(raw: unknown, column: Column): Hint | undefined {
  if (typeof raw !== 'string' || (column.type !== 'number' && column.type !== 'integer')) return undefined;
  const value = raw.trim();
  if (thousands.test(value)) {
    const plain = value.replace(/[,，]/g, '');
    return hints.thousandsSeparators(plain);
  }
  const approximate = /^(?:~|～|≈|约)\s*([\d.]+)\s*(?:\p{L}|μ|%)*$/u.exec(value);
  if (approximate) {
    const plain = approximate[1]!;
    return {
      'zh-CN': `约数写成数字 ${plain}，并在列定义中写 approximate: true（表格、图表与 CSV 中显示为 ~${plain}）`,
      en: `write the number ${plain} and mark the column approximate: true (tables, charts and the CSV show ~${plain})`,
    };
  }
  const unit = withUnit.exec(value);
  if (unit) {
    const plain = unit[1]!.replace(/[,，]/g, '');
    return hints.unitInCell(plain, column.unit, unit[2]!);
  }
  return undefined;
}

/** For a CSV line with more fields than the header: an unquoted "2,590" splits into two. */
export function csvFieldCountHint(line: string | undefined): Hint | undefined {
  const match = line && /(?:^|,)(\d{1,3},\d{3})(?=,|$)/.exec(line);
  if (!match) return undefined;
  return hints.csvSplitNumber(match[1]!);
}

const fullWidth = /[“”‘’「」『』：]/;

/** For an unknown key such as “id” or title： typed with full-width quotes or colon. */
export function fullWidthKeyHint(key: string, allowed: readonly string[]): Hint | undefined {
  if (!fullWidth.test(key)) return undefined;
  const plain = key.replace(new RegExp(fullWidth.source, 'g'), '').trim();
  return hints.fullWidthKey(allowed.includes(plain) ? plain : undefined);
}

/** Where a diagram line uses an en or em dash as (part of) an arrow, as word processors turn `-->` into `–>`. */
export function typographicArrow(source: string): { line: number; column: number; dash: string } | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /[–—](?=[-–—]*>)|(?<=-)[–—]|[–—](?=-)/.exec(lines[i]!);
    if (match) return { line: i + 1, column: match.index + 1, dash: match[0] };
  }
  return undefined;
}

import type { Column } from '../schema/dataset.ts';
import type { Hint } from '../i18n/diagnostic-entry.ts';

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
    return { 'zh-CN': `不要写千分位分隔符：写成 ${plain}`, en: `leave out the thousands separators: write ${plain}` };
  }
  const approximate = /^(?:~|～|≈|约)\s*([\d.]+)\s*(?:\p{L}|μ|%)*$/u.exec(value);
  if (approximate) {
    const plain = approximate[1]!;
    return { 'zh-CN': `约数写成数字 ${plain}，并在列定义中写 approximate: true（表格、图表与 CSV 中显示为 ~${plain}）`, en: `write the number ${plain} and mark the column approximate: true (tables, charts and the CSV show ~${plain})` };
  }
  const unit = withUnit.exec(value);
  if (unit) {
    const plain = unit[1]!.replace(/[,，]/g, '');
    const declared = column.unit ? `（本列已声明 unit: ${column.unit}）` : `，在列定义中写 unit: ${unit[2]}`;
    const declaredEn = column.unit ? ` (this column declares unit: ${column.unit})` : `; declare unit: ${unit[2]} on the column`;
    return { 'zh-CN': `单元格只写数字 ${plain}，单位写在列定义的 unit 中${declared}`, en: `write only the number ${plain} in the cell; the unit belongs in the column's unit${declaredEn}` };
  }
  return undefined;
}

/** For a CSV line with more fields than the header: an unquoted "2,590" splits into two. */
export function csvFieldCountHint(line: string | undefined): Hint | undefined {
  const match = line && /(?:^|,)(\d{1,3},\d{3})(?=,|$)/.exec(line);
  if (!match) return undefined;
  return {
    'zh-CN': `这一行的 ${match[1]} 像是带千分位逗号的数字，被拆成了两个字段：去掉逗号，写成 ${match[1]!.replace(',', '')}`,
    en: `${match[1]} on this line looks like a number with a thousands separator, read as two fields: write ${match[1]!.replace(',', '')}`,
  };
}

const fullWidth = /[“”‘’「」『』：]/;

/** For an unknown key such as “id” or title： typed with full-width quotes or colon. */
export function fullWidthKeyHint(key: string, allowed: readonly string[]): Hint | undefined {
  if (!fullWidth.test(key)) return undefined;
  const plain = key.replace(new RegExp(fullWidth.source, 'g'), '').trim();
  const fix = allowed.includes(plain) ? plain : undefined;
  return {
    'zh-CN': `键名中有全角引号或冒号；键名不加引号，冒号用半角${fix ? `，写成 ${fix}: 值` : ''}`,
    en: `the key contains full-width quotes or a full-width colon; keys need no quotes and an ASCII colon${fix ? `: write ${fix}: value` : ''}`,
  };
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

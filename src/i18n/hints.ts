import type { Hint } from './diagnostic-entry.ts';
import { listOf } from './words.ts';

/**
 * Hints that name the fix, in both languages; the checks (src/model/fix-hints.ts, column-refs.ts)
 * decide which applies and pass the facts.
 */
export const hints = {
  thousandsSeparators: (plain: string): Hint => ({
    'zh-CN': `不要写千分位分隔符：写成 ${plain}`,
    en: `leave out the thousands separators: write ${plain}`,
  }),
  /** `declared` is the column's unit, if it has one; `written` the unit typed in the cell. */
  unitInCell: (plain: string, declared: string | undefined, written: string): Hint => ({
    'zh-CN': `单元格只写数字 ${plain}，单位写在列定义的 unit 中${declared ? `（本列已声明 unit: ${declared}）` : `，在列定义中写 unit: ${written}`}`,
    en: `write only the number ${plain} in the cell; the unit belongs in the column's unit${declared ? ` (this column declares unit: ${declared})` : `; declare unit: ${written} on the column`}`,
  }),
  csvSplitNumber: (number: string): Hint => ({
    'zh-CN': `这一行的 ${number} 像是带千分位逗号的数字，被拆成了两个字段：去掉逗号，写成 ${number.replace(',', '')}`,
    en: `${number} on this line looks like a number with a thousands separator, read as two fields: write ${number.replace(',', '')}`,
  }),
  /** `fix` is the allowed key the author probably meant, if one matches. */
  fullWidthKey: (fix: string | undefined): Hint => ({
    'zh-CN': `键名中有全角引号或冒号；键名不加引号，冒号用半角${fix ? `，写成 ${fix}: 值` : ''}`,
    en: `the key contains full-width quotes or a full-width colon; keys need no quotes and an ASCII colon${fix ? `: write ${fix}: value` : ''}`,
  }),
  numericColumns: (ids: string[]): Hint => ({
    'zh-CN': `本数据集的数值列：${listOf(ids, 'zh-CN')}`,
    en: `numeric columns of this dataset: ${listOf(ids, 'en')}`,
  }),
  /** The values a filtered column does have (the first 12), and a near miss if there is one. */
  columnValues: (id: string, values: string[], guess: string | undefined): Hint => {
    const more = values.length > 12 ? ' …' : '';
    return {
      'zh-CN': `列“${id}”中的值：${listOf(values.slice(0, 12), 'zh-CN')}${more}${guess ? `；是否想写“${guess}”？` : ''}`,
      en: `values in column "${id}": ${listOf(values.slice(0, 12), 'en')}${more}${guess ? `; did you mean "${guess}"?` : ''}`,
    };
  },
  noRowMatchesAll: {
    'zh-CN': '每个条件单独都有匹配的行，但没有一行同时满足全部条件',
    en: 'each condition matches some row, but no row matches all of them',
  } satisfies Hint,
};

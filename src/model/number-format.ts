import { numericColumnTypes, type Column } from '../schema/dataset.ts';

/** Years and ids are names, not quantities: no thousands separator unless the author asks. */
const yearLike = /^(year|years|yr|年|年份|年度)$/i;

/** Digits after the decimal point as the author wrote the number: "4.80" → 2, "20098" → 0. */
export function writtenDecimals(text: string): number {
  const plain = /^\s*[+-]?\d*\.(\d+)\s*$/.exec(text);
  if (plain) return plain[1]!.length;
  if (/^\s*[+-]?\d+\s*$/.test(text)) return 0;
  // Exponents and other YAML number forms: the digits of the value itself.
  const value = Number(text);
  return Number.isFinite(value) ? (/\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0) : 0;
}

/**
 * A numeric column with its format settled: the author's `decimals` and `format`, else the most
 * decimals written in the column (so 4.80 stays 4.80 and one column shows one number of decimals)
 * and no grouping for a year column.
 */
export function settleNumberFormat(column: Column, written: readonly string[]): Column {
  if (!numericColumnTypes.includes(column.type)) return column;
  const decimals = column.decimals ?? (column.type === 'integer' ? 0 : Math.max(0, ...written.map(writtenDecimals)));
  const format = column.format ?? (yearLike.test(column.id) || yearLike.test(column.label) ? 'plain' : 'grouped');
  return { ...column, decimals, format };
}

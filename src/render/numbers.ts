import type { Column } from '../schema/dataset.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The one way a number is written for readers and downloads: the column's decimals, grouped or
 * plain, and "~" before it when the source gave it as approximate (the author's qualifier is never
 * dropped, not even in the CSV). Downloads pass `grouping: false` so the file stays machine-readable.
 */
export function formatNumber(
  value: number,
  column: Pick<Column, 'decimals' | 'format' | 'approximate'>,
  locale: string,
  options: { grouping?: boolean } = {},
): string {
  return `${column.approximate ? '~' : ''}${plainNumber(value, column, locale, options)}`;
}

function plainNumber(
  value: number,
  column: Pick<Column, 'decimals' | 'format'>,
  locale: string,
  options: { grouping?: boolean },
): string {
  const grouping = options.grouping ?? column.format !== 'plain';
  const key = `${locale}|${column.decimals ?? ''}|${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits =
      column.decimals === undefined
        ? { maximumFractionDigits: 20 }
        : { minimumFractionDigits: column.decimals, maximumFractionDigits: column.decimals };
    formatter = new Intl.NumberFormat(locale, { useGrouping: grouping, ...digits });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

import { statusCellSchema, statuses, type Column, type Status } from '../schema/dataset.ts';
import { statusLabels } from '../i18n/labels.ts';
import type { Cell } from './types.ts';

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A status as written: its name, or the label the site shows for it in any language (部分支持, Partial). */
const statusByWord = new Map<string, Status>([
  ...statuses.map((status) => [status, status] as const),
  ...Object.values(statusLabels).flatMap((labels) =>
    Object.entries(labels).map(([status, label]) => [label.toLowerCase(), status as Status] as const),
  ),
]);
const statusOf = (word: unknown): Status | undefined =>
  typeof word === 'string' ? statusByWord.get(word.trim().toLowerCase()) : undefined;

export type CellResult = { ok: true; value: Cell } | { ok: false };

/**
 * Reads one cell as its column's type. YAML cells arrive typed; CSV cells arrive as text and are
 * converted here, so both sources obey the same rules. Empty cells are null.
 */
export function readCell(raw: unknown, column: Column, fromCsv: boolean): CellResult {
  if (raw === null || raw === undefined || (fromCsv && raw === '')) return { ok: true, value: null };
  switch (column.type) {
    case 'text':
      return typeof raw === 'string' || (typeof raw === 'number' && !fromCsv)
        ? { ok: true, value: String(raw) }
        : { ok: false };
    case 'number':
    case 'integer': {
      const value =
        typeof raw === 'number'
          ? raw
          : fromCsv && typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw.trim())
            : NaN;
      const ok = Number.isFinite(value) && (column.type === 'number' || Number.isInteger(value));
      return ok ? { ok: true, value } : { ok: false };
    }
    case 'date':
      return typeof raw === 'string' && isoDate.test(raw.trim()) ? { ok: true, value: raw.trim() } : { ok: false };
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      return fromCsv && (raw === 'true' || raw === 'false') ? { ok: true, value: raw === 'true' } : { ok: false };
    case 'status':
      return readStatus(raw);
  }
}

/** `partial`, `partial: 需打补丁`, `部分支持：需打补丁`, or `{ status: partial, note: 需打补丁 }`. */
function readStatus(raw: unknown): CellResult {
  if (typeof raw === 'string') {
    const colon = raw.search(/[:：]/);
    const status = statusOf(colon === -1 ? raw : raw.slice(0, colon));
    const note = colon === -1 ? '' : raw.slice(colon + 1).trim();
    if (!status) return { ok: false };
    return { ok: true, value: note ? { status, note } : { status } };
  }
  const written = raw && typeof raw === 'object' && 'status' in raw ? (raw as { status: unknown }).status : undefined;
  const cell = statusCellSchema.safeParse(statusOf(written) ? { ...(raw as object), status: statusOf(written) } : raw);
  if (!cell.success) return { ok: false };
  const { status, note } = cell.data;
  return { ok: true, value: note ? { status, note } : { status } };
}

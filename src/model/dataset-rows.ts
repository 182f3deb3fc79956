import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import type { Column } from '../schema/dataset.ts';
import { describeValue, listOf, typeName } from '../i18n/words.ts';
import { readCell } from './cells.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import type { ReportFiles } from './files.ts';
import { csvFieldCountHint, numberCellHint } from './fix-hints.ts';
import { limits } from './limits.ts';
import { readText } from './read-text.ts';
import type { Row } from './types.ts';

/** The rows of a dataset, inline in its YAML or in its CSV file: each cell read as its column's type, at its place. */

type PlaceOfCell = (key: string, atKey: boolean) => Place;

export function readRow(
  raw: Record<string, unknown>,
  columns: Map<string, Column>,
  fromCsv: boolean,
  diags: Diagnostics,
  placeOfCell: PlaceOfCell,
): Row {
  const row: Row = {};
  for (const key of Object.keys(raw)) {
    if (!columns.has(key)) {
      diags.add('unknown-cell-column', placeOfCell(key, true), {
        id: key,
        expected: listOf([...columns.keys()], diags.locale),
      });
    }
  }
  for (const column of columns.values()) {
    const result = readCell(raw[column.id], column, fromCsv);
    if (result.ok) row[column.id] = result.value;
    else {
      diags.add(
        'cell-type',
        placeOfCell(column.id, false),
        {
          id: column.id,
          expected: typeName(column.type, diags.locale),
          found: describeValue(raw[column.id], diags.locale),
        },
        numberCellHint(raw[column.id], column),
      );
    }
  }
  return row;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

export function readCsvRows(
  file: string,
  files: ReportFiles,
  columns: Map<string, Column>,
  diags: Diagnostics,
  declaredAt: Place,
  written: (id: string, text: string | undefined) => void,
): Row[] {
  if (file.startsWith('../') || file === '..') {
    diags.add('outside-root', declaredAt, { file, target: file });
    return [];
  }
  if (files.read(file) === undefined) {
    diags.add('csv-missing', declaredAt, { file });
    return [];
  }
  const text = readText(files, file, diags, declaredAt);
  if (text === undefined) return [];
  let records: CsvRecord[];
  try {
    records = parseCsv(text, { bom: true, info: true, raw: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as CsvError & { lines?: number }).lines ?? 1);
    const fieldCount =
      error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
        ? csvFieldCountHint(text.split(/\r?\n/)[line - 1])
        : undefined;
    diags.add('csv-syntax', { file, line, column: 1 }, { detail: error.message }, fieldCount);
    return [];
  }
  const [header, ...body] = records;
  if (body.length > limits.datasetRows) {
    diags.add('too-many-rows', declaredAt, { rows: body.length, limit: limits.datasetRows });
    return [];
  }
  if (!header) {
    diags.add('csv-empty', { file, line: 1, column: 1 }, { expected: [...columns.keys()].join(',') });
    return [];
  }
  const headerColumns = fieldColumns(header);
  header.record.forEach((name, i) => {
    if (!columns.has(name.trim())) {
      diags.add(
        'unknown-cell-column',
        { file, line: header.info.lines, column: headerColumns[i]!, path: name },
        {
          id: name,
          expected: listOf([...columns.keys()], diags.locale),
        },
      );
    }
  });
  const names = header.record.map((name) => name.trim());
  return body.map((record) => {
    const starts = fieldColumns(record);
    const raw = Object.fromEntries(names.map((name, i) => [name, record.record[i]]));
    const cellsOnly = Object.fromEntries(Object.entries(raw).filter(([name]) => columns.has(name)));
    Object.entries(cellsOnly).forEach(([name, text]) => written(name, text));
    return readRow(cellsOnly, columns, true, diags, (key) => ({
      file,
      line: record.info.lines,
      column: starts[names.indexOf(key)] ?? 1,
      path: key,
    }));
  });
}

/** 1-based column where each field of a CSV record starts, found in the record's raw text. */
function fieldColumns({ record, raw }: CsvRecord): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const field of record) {
    const found = raw.indexOf(field, from);
    const start = found === -1 ? from : found;
    starts.push(start + 1);
    from = start + field.length;
  }
  return starts;
}

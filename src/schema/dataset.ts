import { z } from 'zod';
import { id, idList, isoDate, nonEmpty } from './common.ts';

export const columnTypes = ['text', 'number', 'integer', 'date', 'boolean', 'status'] as const;
export type ColumnType = (typeof columnTypes)[number];
export const numericColumnTypes: readonly ColumnType[] = ['number', 'integer'];

/** Compatibility states, in order from best to worst. */
export const statuses = ['supported', 'partial', 'unsupported', 'untested', 'not-applicable'] as const;
export type Status = (typeof statuses)[number];

export const columnSchema = z.strictObject({
  id: id.describe('Key of this column in rows and in the CSV header.'),
  label: nonEmpty.describe('Heading shown to readers.'),
  type: z.enum(columnTypes).default('text').describe('Type every cell of the column must have.'),
  unit: nonEmpty.optional().describe('Unit of the values, e.g. "%", "ms", "requests/s" (次/秒).'),
  better: z.enum(['higher', 'lower']).optional().describe('For benchmark metrics: which direction is better.'),
  description: nonEmpty.optional().describe('What the column means, if the label is not enough.'),
  format: z
    .enum(['grouped', 'plain'])
    .optional()
    .describe('Numbers with thousands separators (grouped, the default) or without (plain: years, ids; the default for a column named year).'),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(12)
    .optional()
    .describe('Digits after the decimal point for every number of the column (default: the most written in the column).'),
});

/** A compatibility cell written out in full: `{ status: partial, note: "…" }`. */
export const statusCellSchema = z.strictObject({
  status: z.enum(statuses),
  note: nonEmpty.optional(),
});

const datasetBase = {
  id: id.describe('Id used in ```chart and ```table fences.'),
  title: nonEmpty.describe('Title of the dataset page and of its tables.'),
  description: nonEmpty.optional().describe('What the data is and what it is for.'),
  columns: z.array(columnSchema).min(1).describe('Columns, in display order.'),
  rowKey: id.optional().describe('Column that names each row (default: the first column).'),
  rows: z
    .array(z.record(z.string(), z.unknown().describe('Text, number, true/false, null, or { status, note } for a status column.')))
    .optional()
    .describe('Rows written in YAML, keyed by column id; each cell must match its column type.'),
  csv: nonEmpty
    .regex(/\.csv$/i, { error: 'csv-path' })
    .optional()
    .describe('CSV file beside this YAML holding the rows; its header row lists column ids.'),
  sources: idList.default([]).describe('Ids of the sources the values come from.'),
  method: nonEmpty.optional().describe('How the values were obtained.'),
  collected: isoDate.describe('When the values were collected (YYYY-MM-DD).'),
  notes: z.array(nonEmpty).optional().describe('Remarks printed under the table.'),
  pdf: z
    .union([z.enum(['full', 'link']), z.strictObject({ rows: z.number().int().positive().describe('How many rows to print.') })])
    .default('full')
    .describe('How the PDF data appendix prints the rows: full, { rows: N } (the first N, with a note), or link (only where to download them).'),
};

export const tableDatasetSchema = z.strictObject({
  kind: z.literal('table').describe('A plain table.'),
  ...datasetBase,
});

export const adoptionDatasetSchema = z.strictObject({
  kind: z.literal('adoption').describe('How widely something is used, as measured by a survey or count.'),
  ...datasetBase,
  metric: nonEmpty.describe('What is measured, e.g. "share of backend projects" (后端开发语言采用率).'),
  population: nonEmpty.describe('Who or what was counted, e.g. "respondents of a developer survey" (开发者调查受访者).'),
  sampleSize: z.number().int().positive().optional().describe('Number of respondents or items counted.'),
});

export const compatibilityDatasetSchema = z.strictObject({
  kind: z.literal('compatibility').describe('A matrix of products against platforms with a status per cell.'),
  ...datasetBase,
});

export const benchmarkDatasetSchema = z.strictObject({
  kind: z.literal('benchmark').describe('Measured performance; metrics say which direction is better.'),
  ...datasetBase,
  environment: z
    .record(z.string(), nonEmpty)
    .refine((env) => Object.keys(env).length > 0, { error: 'environment-empty' })
    .describe('Hardware and software the benchmark ran on, e.g. cpu, memory, os, runtime.'),
});

export const datasetSchema = z
  .discriminatedUnion('kind', [tableDatasetSchema, adoptionDatasetSchema, compatibilityDatasetSchema, benchmarkDatasetSchema])
  .describe('A dataset file under data/ (any *.yaml except sources.yaml and claims.yaml).');

export type Column = z.infer<typeof columnSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type DatasetDecl = z.infer<typeof datasetSchema>;
export type StatusCell = z.infer<typeof statusCellSchema>;

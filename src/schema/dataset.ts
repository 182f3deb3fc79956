import { z } from 'zod';
import { id, idList, isoDate, nonEmpty } from './common.ts';

const columnTypes = ['text', 'number', 'integer', 'date', 'boolean', 'status'] as const;
export type ColumnType = (typeof columnTypes)[number];
export const numericColumnTypes: readonly ColumnType[] = ['number', 'integer'];

/** Compatibility states, in order from best to worst. */
export const statuses = ['supported', 'partial', 'unsupported', 'untested', 'not-applicable'] as const;
export type Status = (typeof statuses)[number];

export const columnSchema = z.strictObject({
  id: id.describe('Key of this column in rows and in the CSV header. / 这一列在 rows 和 CSV 表头中的键名。'),
  label: nonEmpty.describe('Heading shown to readers. / 显示给读者的列名。'),
  type: z
    .enum(columnTypes)
    .default('text')
    .describe('Type every cell of the column must have. / 这一列每格必须符合的类型。'),
  unit: nonEmpty
    .optional()
    .describe('Unit of the values, e.g. "%", "ms", "requests/s". / 数值的单位，如“%”“ms”“次/秒”。'),
  better: z
    .enum(['higher', 'lower'])
    .optional()
    .describe('For benchmark metrics: which direction is better. / 基准测试指标：越高还是越低越好。'),
  description: nonEmpty
    .optional()
    .describe('What the column means, if the label is not enough. / 列名不足以说明时，这一列的含义。'),
  format: z
    .enum(['grouped', 'plain'])
    .optional()
    .describe(
      'Numbers with thousands separators (grouped, the default) or without (plain: years, ids; the default for a column named year). / 数字加千分位分隔符（grouped，默认）或不加（plain：年份、编号；名为年份的列默认如此）。',
    ),
  approximate: z
    .boolean()
    .optional()
    .describe(
      'The values are approximate: the source wrote them as "~15" or "约 15". Write the number (15); tables, charts and the CSV show it as ~15. / 数值是约数：来源写作“~15”“约 15”。单元格只写数字（15），表格、图表与 CSV 中显示为 ~15。',
    ),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(12)
    .optional()
    .describe(
      'Digits after the decimal point for every number of the column (default: the most written in the column). / 这一列每个数字的小数位数（默认取列中写得最多的位数）。',
    ),
});

/** A compatibility cell written out in full: `{ status: partial, note: "…" }`. */
export const statusCellSchema = z.strictObject({
  status: z.enum(statuses),
  note: nonEmpty.optional(),
});

const datasetBase = {
  id: id.describe('Id used in ```chart and ```table fences. / 在 ```chart、```table 代码块中引用的 id。'),
  title: nonEmpty.describe('Title of the dataset page and of its tables. / 数据集页面及其表格的标题。'),
  description: nonEmpty.optional().describe('What the data is and what it is for. / 数据是什么、用来说明什么。'),
  columns: z.array(columnSchema).min(1).describe('Columns, in display order. / 各列，按显示顺序。'),
  rowKey: id
    .optional()
    .describe('Column that names each row (default: the first column). / 作为行名的列（默认第一列）。'),
  rows: z
    .array(
      z.record(
        z.string(),
        z
          .unknown()
          .describe(
            'Text, number, true/false, null, or { status, note } for a status column. / 文字、数字、true/false、null，状态列还可写 { status, note }。',
          ),
      ),
    )
    .optional()
    .describe(
      'Rows written in YAML, keyed by column id; each cell must match its column type. / 直接用 YAML 写的各行，键为列 id；每格须符合列的类型。',
    ),
  csv: nonEmpty
    .regex(/\.csv$/i, { error: 'csv-path' })
    .optional()
    .describe(
      'CSV file beside this YAML holding the rows; its header row lists column ids. / 同一目录下存放各行的 CSV 文件，第一行是列 id。',
    ),
  sources: idList.default([]).describe('Ids of the sources the values come from. / 数据所出自的来源 id。'),
  method: nonEmpty.optional().describe('How the values were obtained. / 数据如何获得。'),
  collected: isoDate
    .optional()
    .describe(
      'When the values were collected (YYYY-MM-DD), if recorded. / 数据采集日期（YYYY-MM-DD），没有记录就不写。',
    ),
  notes: z.array(nonEmpty).optional().describe('Remarks printed under the table. / 印在表格下的备注。'),
  pdf: z
    .union([
      z.enum(['full', 'link']),
      z.strictObject({ rows: z.number().int().positive().describe('How many rows to print. / 印出多少行。') }),
    ])
    .default('full')
    .describe(
      'How the PDF data appendix prints the rows: full, { rows: N } (the first N, with a note), or link (only where to download them). / PDF 数据附录如何印出各行：full 全部，{ rows: N } 前 N 行并加说明，link 只说明下载位置。',
    ),
};

export const tableDatasetSchema = z.strictObject({
  kind: z.literal('table').describe('A plain table. / 普通表格。'),
  ...datasetBase,
});

export const adoptionDatasetSchema = z.strictObject({
  kind: z
    .literal('adoption')
    .describe('How widely something is used, as measured by a survey or count. / 由调查或统计得出的使用程度。'),
  ...datasetBase,
  metric: nonEmpty.describe('What is measured, e.g. "share of backend projects". / 测量什么，如“后端开发语言采用率”。'),
  population: nonEmpty.describe(
    'Who or what was counted, e.g. "respondents of a developer survey". / 统计对象，如“开发者调查受访者”。',
  ),
  sampleSize: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Number of respondents or items counted. / 受访者或统计对象的数量。'),
});

export const compatibilityDatasetSchema = z.strictObject({
  kind: z
    .literal('compatibility')
    .describe('A matrix of products against platforms with a status per cell. / 产品与平台的矩阵，每格一个状态。'),
  ...datasetBase,
});

export const benchmarkDatasetSchema = z.strictObject({
  kind: z
    .literal('benchmark')
    .describe(
      'Measured performance; metrics say which direction is better. / 测得的性能；指标列写明越高还是越低越好。',
    ),
  ...datasetBase,
  environment: z
    .record(z.string(), nonEmpty)
    .refine((env) => Object.keys(env).length > 0, { error: 'environment-empty' })
    .describe(
      'Hardware and software the benchmark ran on, e.g. cpu, memory, os, runtime. / 测试运行的软硬件环境，如 cpu、内存、操作系统、运行时。',
    ),
});

export const datasetSchema = z
  .discriminatedUnion('kind', [
    tableDatasetSchema,
    adoptionDatasetSchema,
    compatibilityDatasetSchema,
    benchmarkDatasetSchema,
  ])
  .describe(
    'A dataset file under data/ (any *.yaml except sources.yaml and claims.yaml). / data/ 下的数据集文件（sources.yaml、claims.yaml 以外的 *.yaml）。',
  );

export type Column = z.infer<typeof columnSchema>;
export type DatasetDecl = z.infer<typeof datasetSchema>;

import { z } from 'zod';
import { id, nonEmpty } from './common.ts';

export const chartTypes = ['bar', 'horizontal-bar', 'line', 'scatter'] as const;
export type ChartType = (typeof chartTypes)[number];

const filter = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]))
  .describe('Keep only rows whose column equals the value (or one of the values).');

/** The YAML inside a ```chart fence. */
export const chartSpecSchema = z
  .strictObject({
    dataset: id.describe('Id of the dataset to draw.'),
    type: z.enum(chartTypes).default('bar').describe('bar, horizontal-bar, line or scatter.'),
    title: nonEmpty.describe('Figure title.'),
    x: id.describe('Column on the category (or x) axis.'),
    y: z.union([id, z.array(id).min(1)]).describe('Numeric column(s) to plot; all on one axis share a unit.'),
    series: id.optional().describe('Column whose values split rows into separate series.'),
    stacked: z.boolean().default(false).describe('Stack the bars of different series.'),
    filter: filter.optional(),
    caption: nonEmpty.optional().describe('Text under the figure, before the source line.'),
  })
  .describe('A ```chart fence.');

/** The YAML inside a ```table fence. */
export const tableSpecSchema = z
  .strictObject({
    dataset: id.describe('Id of the dataset to show.'),
    columns: z.array(id).min(1).optional().describe('Columns to show, in order (default: all).'),
    sort: z
      .strictObject({ by: id, order: z.enum(['asc', 'desc']).default('asc') })
      .optional()
      .describe('Initial order of the rows.'),
    filter: filter.optional(),
    caption: nonEmpty.optional().describe('Table caption (default: the dataset title).'),
  })
  .describe('A ```table fence.');

export type ChartSpecInput = z.input<typeof chartSpecSchema>;
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type TableSpecInput = z.input<typeof tableSpecSchema>;
export type TableSpec = z.infer<typeof tableSpecSchema>;

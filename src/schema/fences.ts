import { z } from 'zod';
import { id, nonEmpty } from './common.ts';

export const chartTypes = ['bar', 'horizontal-bar', 'line', 'area', 'scatter', 'pie', 'doughnut'] as const;
export type ChartType = (typeof chartTypes)[number];
/** Slices of one whole: one value column, no series, no stacking. */
export const shareChartTypes: readonly ChartType[] = ['pie', 'doughnut'];
/** Chart types whose x axis is a number line rather than categories. */
export const numericXChartTypes: readonly ChartType[] = ['scatter'];
/** Chart types that can stack their series. */
export const stackableChartTypes: readonly ChartType[] = ['bar', 'horizontal-bar', 'area'];
/** Chart types that can draw a min/max band. */
export const bandChartTypes: readonly ChartType[] = ['line', 'area'];

const filter = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]))
  .describe('Keep only rows whose column equals the value (or one of the values).');

/** The YAML inside a ```chart fence. */
export const chartSpecSchema = z
  .strictObject({
    dataset: id.describe('Id of the dataset to draw.'),
    type: z.enum(chartTypes).default('bar').describe('bar, horizontal-bar, line, area, scatter, pie or doughnut.'),
    title: nonEmpty.describe('Figure title.'),
    x: id.describe('Column on the category (or x) axis.'),
    y: z.union([id, z.array(id).min(1)]).describe('Numeric column(s) to plot; all on one axis share a unit.'),
    series: id.optional().describe('Column whose values split rows into separate series.'),
    stacked: z
      .union([z.boolean(), z.literal('percent')])
      .default(false)
      .describe('Stack the series (bar, horizontal-bar, area); `percent` stacks them to 100 %.'),
    band: z
      .strictObject({ min: id, max: id })
      .optional()
      .describe('Numeric columns drawn as a shaded range around the line (line, area), in the unit of y.'),
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

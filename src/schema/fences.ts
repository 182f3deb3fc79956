import { z } from 'zod';
import { id, nonEmpty } from './common.ts';

const chartTypes = ['bar', 'horizontal-bar', 'line', 'area', 'scatter', 'pie', 'doughnut'] as const;
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
  .describe(
    'Keep only rows whose column equals the value (or one of the values). / 只保留该列等于这个值（或其中之一）的行。',
  );

/** The YAML inside a ```chart fence. */
export const chartSpecSchema = z
  .strictObject({
    dataset: id.describe('Id of the dataset to draw. / 要绘制的数据集 id。'),
    type: z
      .enum(chartTypes)
      .default('bar')
      .describe('bar, horizontal-bar, line, area, scatter, pie or doughnut. / 图表类型。'),
    title: nonEmpty.describe('Figure title. / 图标题。'),
    x: id.describe('Column on the category (or x) axis. / 分类轴（或 x 轴）的列。'),
    y: z
      .union([id, z.array(id).min(1)])
      .describe(
        'Numeric column(s) to plot; all on one axis share a unit. / 要绘制的数值列；同一坐标轴上的列单位相同。',
      ),
    series: id.optional().describe('Column whose values split rows into separate series. / 按这一列的值把行分成多组。'),
    stacked: z
      .union([z.boolean(), z.literal('percent')])
      .default(false)
      .describe(
        'Stack the series (bar, horizontal-bar, area); `percent` stacks them to 100 %. / 堆叠各组（bar、horizontal-bar、area）；`percent` 堆叠到 100 %。',
      ),
    band: z
      .strictObject({ min: id, max: id })
      .optional()
      .describe(
        'Numeric columns drawn as a shaded range around the line (line, area), in the unit of y. / 画成折线周围浅色范围带的两个数值列（line、area），单位与 y 相同。',
      ),
    filter: filter.optional(),
    caption: nonEmpty.optional().describe('Text under the figure, before the source line. / 图下、来源行之前的图注。'),
  })
  .describe('A ```chart fence. / ```chart 代码块。');

/** The YAML inside a ```table fence. */
export const tableSpecSchema = z
  .strictObject({
    dataset: id.describe('Id of the dataset to show. / 要显示的数据集 id。'),
    columns: z
      .array(id)
      .min(1)
      .optional()
      .describe('Columns to show, in order (default: all). / 显示哪些列及其顺序（默认全部）。'),
    sort: z
      .strictObject({ by: id, order: z.enum(['asc', 'desc']).default('asc') })
      .optional()
      .describe('Initial order of the rows. / 各行的初始排序。'),
    filter: filter.optional(),
    caption: nonEmpty
      .optional()
      .describe('Table caption (default: the dataset title). / 表格标题（默认用数据集标题）。'),
  })
  .describe('A ```table fence. / ```table 代码块。');

export type ChartSpecInput = z.input<typeof chartSpecSchema>;
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type TableSpec = z.infer<typeof tableSpecSchema>;

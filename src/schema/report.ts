import { z } from 'zod';
import { id, isoDate, nonEmpty } from './common.ts';
import { CURRENT_FORMAT, UNNUMBERED_FORMAT } from './format-version.ts';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** content/report.yaml: what the cover, the header and the PDF metadata show. */
export const reportSchema = z
  .strictObject({
    format: z
      .number()
      .int()
      .min(1)
      .max(CURRENT_FORMAT)
      .optional()
      .describe(
        `Version of the author's contract the report is written for; ${CURRENT_FORMAT} is current, none means ${UNNUMBERED_FORMAT}. / 报告按第几版作者约定编写；当前为 ${CURRENT_FORMAT}，不写即 ${UNNUMBERED_FORMAT}。`,
      ),
    id: id.describe(
      'Short name of the report; the PDF is written as dist/<id>.pdf. / 报告短名；PDF 文件名为 dist/<id>.pdf。',
    ),
    title: nonEmpty.describe(
      'Title on the cover, in the header and in the PDF metadata. / 封面、页眉和 PDF 元数据中的标题。',
    ),
    subtitle: nonEmpty.optional().describe('Second line of the cover. / 封面的第二行（副标题）。'),
    organisation: nonEmpty.describe('Who publishes the report. / 发布报告的机构。'),
    // Authors, date and version are facts an author may not have yet: left out, the report says "not recorded".
    authors: z
      .array(nonEmpty)
      .min(1)
      .optional()
      .describe('Names of the authors, in order; optional. / 作者姓名，按顺序；可选。'),
    date: isoDate
      .optional()
      .describe(
        'Publication date (YYYY-MM-DD); optional, and without it ages are measured at the day of the check. / 发布日期（YYYY-MM-DD）；可选，不写时按检查当天计算时效。',
      ),
    version: nonEmpty
      .optional()
      .describe('Version of this edition, e.g. "1.0"; optional. / 本版的版本号，如 "1.0"；可选。'),
    classification: nonEmpty
      .optional()
      .describe(
        'Marking shown on every page, e.g. Internal; optional, none marks no page. / 每页显示的密级标识，如“内部资料”；可选，不写则不标。',
      ),
    locale: z
      .enum(locales)
      .default('zh-CN')
      .describe('Language of the interface and messages. / 界面与检查提示的语言。'),
    checks: z
      .strictObject({
        staleAfterDays: z
          .number()
          .int()
          .positive()
          .default(730)
          .describe(
            'A source or dataset older than this many days (at the report date) is flagged. / 来源或数据集早于报告日期这么多天时发出警告。',
          ),
      })
      .default({ staleAfterDays: 730 })
      .describe('Settings of `npm run validate`. / `npm run validate` 的设置。'),
  })
  .describe('Report metadata (content/report.yaml). / 报告元数据（content/report.yaml）。');

export type ReportMeta = z.infer<typeof reportSchema>;

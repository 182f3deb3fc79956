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
      .describe(`Version of the author's contract the report is written for; ${CURRENT_FORMAT} is current, none means ${UNNUMBERED_FORMAT}.`),
    id: id.describe('Short name of the report; the PDF is written as dist/<id>.pdf.'),
    title: nonEmpty.describe('Title on the cover, in the header and in the PDF metadata.'),
    subtitle: nonEmpty.optional().describe('Second line of the cover.'),
    organisation: nonEmpty.describe('Who publishes the report.'),
    authors: z.array(nonEmpty).min(1).describe('Names of the authors, in order.'),
    date: isoDate.describe('Publication date (YYYY-MM-DD).'),
    version: nonEmpty.describe('Version of this edition, e.g. "1.0".'),
    classification: nonEmpty.describe('Marking shown on every page, e.g. Internal (内部资料).'),
    locale: z.enum(locales).default('zh-CN').describe('Language of the interface and messages.'),
    checks: z
      .strictObject({
        staleAfterDays: z
          .number()
          .int()
          .positive()
          .default(730)
          .describe('A source or dataset older than this many days (at the report date) is flagged.'),
      })
      .default({ staleAfterDays: 730 })
      .describe('Settings of `npm run validate`.'),
  })
  .describe('Report metadata (content/report.yaml).');

export type ReportMetaInput = z.input<typeof reportSchema>;
export type ReportMeta = z.infer<typeof reportSchema>;

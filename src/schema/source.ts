import { z } from 'zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const sourceTypes = [
  'article', 'report', 'documentation', 'repository', 'dataset', 'standard', 'news', 'book', 'web', 'internal',
] as const;

export const reliabilities = ['primary', 'secondary', 'weak'] as const;
export type Reliability = (typeof reliabilities)[number];

/** One entry of the bibliography (data/sources.yaml): a document, one per url; quotes live on the claims' evidence. */
export const sourceSchema = z.strictObject({
  id: id.describe('Id used in `[text](source:ID)` and in claims.'),
  title: nonEmpty.describe('Title of the work as published.'),
  publisher: nonEmpty.optional().describe('Organisation or site that published it.'),
  authors: z.array(nonEmpty).optional().describe('Authors, if named.'),
  url: z.url({ protocol: /^https?$/, error: 'url' }).optional().describe('Where it can be read (http or https).'),
  published: isoDate.optional().describe('Publication date.'),
  accessed: isoDate.optional().describe('When the url was last read; the age check measures from this date.'),
  historical: z
    .boolean()
    .optional()
    .describe('true for a document cited as a record of its time (an old announcement, a past release): its age is not checked.'),
  type: z.enum(sourceTypes).describe('What kind of work it is.'),
  reliability: z
    .enum(reliabilities)
    .describe('primary: the originator itself; secondary: reports on or copies it; weak: not located or not verified.'),
  note: nonEmpty.optional().describe('Anything a reader should know about this source.'),
});

export const sourcesFileSchema = z.array(sourceSchema).describe('Bibliography (data/sources.yaml).');

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.infer<typeof sourceSchema>;

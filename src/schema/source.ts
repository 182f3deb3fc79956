import { z } from 'zod';
import { id, isoDate, nonEmpty } from './common.ts';

const sourceTypes = [
  'article',
  'report',
  'documentation',
  'repository',
  'dataset',
  'standard',
  'news',
  'book',
  'web',
  'internal',
] as const;

const reliabilities = ['primary', 'secondary', 'weak'] as const;

/** One entry of the bibliography (data/sources.yaml): a document, one per url; quotes live on the claims' evidence. */
export const sourceSchema = z.strictObject({
  id: id.describe('Id used in `[text](source:ID)` and in claims. / 在 `[文字](source:ID)` 和断言中引用的 id。'),
  title: nonEmpty.describe('Title of the work as published. / 发表时的标题。'),
  publisher: nonEmpty.optional().describe('Organisation or site that published it. / 发布它的机构或网站。'),
  authors: z.array(nonEmpty).optional().describe('Authors, if named. / 作者（如有署名）。'),
  url: z
    .url({ protocol: /^https?$/, error: 'url' })
    .optional()
    .describe('Where it can be read (http or https). / 可以阅读它的网址（http 或 https）。'),
  published: isoDate.optional().describe('Publication date. / 发布日期。'),
  accessed: isoDate
    .optional()
    .describe(
      'When the url was last read; the age check measures from this date. / 最后一次阅读网址的日期；时效检查从这一天算起。',
    ),
  historical: z
    .boolean()
    .optional()
    .describe(
      'true for a document cited as a record of its time (an old announcement, a past release): its age is not checked. / 为 true 时表示引用的是当时的文件（旧公告、旧版本），不做时效检查。',
    ),
  type: z.enum(sourceTypes).describe('What kind of work it is. / 文献的类型。'),
  reliability: z
    .enum(reliabilities)
    .describe(
      'primary: the originator itself; secondary: reports on or copies it; weak: not located or not verified. / primary 原始出处；secondary 转述；weak 未能定位或核实。',
    ),
  note: nonEmpty
    .optional()
    .describe('Anything a reader should know about this source. / 读者应了解的关于这条来源的说明。'),
});

export const sourcesFileSchema = z
  .array(sourceSchema)
  .describe('Bibliography (data/sources.yaml). / 参考文献（data/sources.yaml）。');

export type Source = z.infer<typeof sourceSchema>;

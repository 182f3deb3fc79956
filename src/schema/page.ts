import { z } from 'zod';
import { idList, nonEmpty } from './common.ts';

/** A key finding: one sentence tied to the claims that back it. */
const findingSchema = z.strictObject({
  text: nonEmpty.describe('The finding, one or two sentences. / 发现本身，一两句话。'),
  claims: idList
    .min(1)
    .describe(
      'Ids of the claims (data/claims.yaml) behind this finding. / 这条发现所依据的断言 id（data/claims.yaml）。',
    ),
});

/** The frontmatter between the `---` lines at the top of every content/**\/*.md file. */
export const pageSchema = z
  .strictObject({
    title: nonEmpty.describe('Page title; also its entry in the contents. / 页面标题，也是目录中的条目。'),
    summary: nonEmpty
      .optional()
      .describe('One-paragraph summary shown under the title and in lists. / 一段话的摘要，显示在标题下和目录中。'),
    findings: z.array(findingSchema).optional().describe('Key findings of this page. / 本页的关键发现。'),
    status: z
      .enum(['draft', 'final'])
      .default('final')
      .describe(
        'draft or final (the default); a draft page is marked "Draft". / draft 或 final（默认）；draft 页标为“草稿”。',
      ),
  })
  .describe('Page frontmatter. / 页面 frontmatter。');

export type PageFrontmatter = z.infer<typeof pageSchema>;
export type Finding = z.infer<typeof findingSchema>;

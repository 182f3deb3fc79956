import { z } from 'zod';
import { idList, nonEmpty } from './common.ts';

/** A key finding: one sentence tied to the claims that back it. */
export const findingSchema = z.strictObject({
  text: nonEmpty.describe('The finding, one or two sentences.'),
  claims: idList.min(1).describe('Ids of the claims (data/claims.yaml) behind this finding.'),
});

/** The frontmatter between the `---` lines at the top of every content/**\/*.md file. */
export const pageSchema = z
  .strictObject({
    title: nonEmpty.describe('Page title; also its entry in the contents.'),
    summary: nonEmpty.optional().describe('One-paragraph summary shown under the title and in lists.'),
    findings: z.array(findingSchema).optional().describe('Key findings of this page.'),
    status: z.enum(['draft', 'final']).default('final').describe('draft pages are marked as such.'),
  })
  .describe('Page frontmatter.');

export type PageFrontmatterInput = z.input<typeof pageSchema>;
export type PageFrontmatter = z.infer<typeof pageSchema>;
export type Finding = z.infer<typeof findingSchema>;

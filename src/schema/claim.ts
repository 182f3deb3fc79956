import { z } from 'zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const verdicts = ['supported', 'partly-supported', 'unsupported', 'contradicted', 'not-checkable'] as const;
export type Verdict = (typeof verdicts)[number];

/** Verdicts that are a judgement on public evidence, so they must name it. */
export const verdictsNeedingSources: readonly Verdict[] = ['supported', 'partly-supported', 'contradicted'];

const stances = ['supports', 'contradicts', 'context'] as const;

const confidences = ['high', 'medium', 'low'] as const;

/** One piece of evidence a claim relies on: a passage of one source, read for this claim. */
const evidenceSchema = z.strictObject({
  source: id.describe(
    'Id of the source (data/sources.yaml) the evidence comes from. / 证据所出自的来源 id（data/sources.yaml）。',
  ),
  quote: nonEmpty
    .optional()
    .describe('The passage relied on for this claim, verbatim. / 为本断言引用的原文，逐字照录。'),
  locator: nonEmpty
    .optional()
    .describe('Where in the source the passage is: page, section or line. / 原文在来源中的位置：页码、章节或行号。'),
  stance: z
    .enum(stances)
    .optional()
    .describe(
      'What the passage does to the claim: supports, contradicts, or gives context. / 这段原文对断言的立场：supports 支持、contradicts 相悖、context 背景。',
    ),
  note: nonEmpty
    .optional()
    .describe('Anything a reader should know about this piece of evidence. / 读者应了解的关于这条证据的说明。'),
});

/** Where a claim is made: a place in the document under review. It says nothing about whether the claim holds. */
const claimOriginSchema = z.strictObject({
  source: id.describe(
    'Id of the source (data/sources.yaml) that makes the claim, usually the document under review. / 提出这条断言的来源 id（data/sources.yaml），通常是被核查的文档。',
  ),
  locator: nonEmpty
    .optional()
    .describe('Where in that source the claim is made: chapter, section or page. / 断言在该来源中的位置：章节或页码。'),
});

/** One entry of the claim ledger (data/claims.yaml). */
export const claimSchema = z.strictObject({
  id: id.describe('Id used in `[text](claim:ID)` and in findings. / 在 `[文字](claim:ID)` 和关键发现中引用的 id。'),
  statement: nonEmpty.describe('The claim as the document under review makes it. / 被核查文档的原话或原意。'),
  claimedIn: claimOriginSchema
    .optional()
    .describe(
      'Where the claim is made (not evidence about it); shown as "Claimed in". / 断言出自何处（不是关于断言的证据），显示为“出处”。',
    ),
  verdict: z.enum(verdicts).describe('What the public evidence says about the claim. / 公开证据对这条断言的结论。'),
  evidence: z
    .array(evidenceSchema)
    .default([])
    .describe('The evidence relied on, one item per passage of a source. / 所依据的证据，来源中的每段原文一条。'),
  note: nonEmpty.optional().describe('Why the verdict is what it is. / 结论的理由。'),
  confidence: z
    .enum(confidences)
    .optional()
    .describe('How sure the checker is of the verdict, if recorded. / 核查者对结论的把握（有记录时填写）。'),
  checked: isoDate
    .optional()
    .describe('When the claim was last checked, if recorded. / 最近一次核查的日期（有记录时填写）。'),
});

export const claimsFileSchema = z
  .array(claimSchema)
  .describe('Claim ledger (data/claims.yaml). / 断言台账（data/claims.yaml）。');

export type Evidence = z.infer<typeof evidenceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimOrigin = z.infer<typeof claimOriginSchema>;

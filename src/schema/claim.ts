import { z } from 'zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const verdicts = ['supported', 'partly-supported', 'unsupported', 'contradicted', 'not-checkable'] as const;
export type Verdict = (typeof verdicts)[number];

/** Verdicts that are a judgement on public evidence, so they must name it. */
export const verdictsNeedingSources: readonly Verdict[] = ['supported', 'partly-supported', 'contradicted'];

export const stances = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof stances)[number];

export const confidences = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidences)[number];

/** One piece of evidence a claim relies on: a passage of one source, read for this claim. */
export const evidenceSchema = z.strictObject({
  source: id.describe('Id of the source (data/sources.yaml) the evidence comes from.'),
  quote: nonEmpty.optional().describe('The passage relied on for this claim, verbatim.'),
  locator: nonEmpty.optional().describe('Where in the source the passage is: page, section or line.'),
  stance: z.enum(stances).optional().describe('What the passage does to the claim: supports, contradicts, or gives context.'),
  note: nonEmpty.optional().describe('Anything a reader should know about this piece of evidence.'),
});

/** One entry of the claim ledger (data/claims.yaml). */
export const claimSchema = z.strictObject({
  id: id.describe('Id used in `[text](claim:ID)` and in findings.'),
  statement: nonEmpty.describe('The claim as the document under review makes it.'),
  verdict: z.enum(verdicts).describe('What the public evidence says about the claim.'),
  evidence: z.array(evidenceSchema).default([]).describe('The evidence relied on, one item per passage of a source.'),
  note: nonEmpty.optional().describe('Why the verdict is what it is.'),
  confidence: z.enum(confidences).optional().describe('How sure the checker is of the verdict, if recorded.'),
  checked: isoDate.optional().describe('When the claim was last checked, if recorded.'),
});

export const claimsFileSchema = z.array(claimSchema).describe('Claim ledger (data/claims.yaml).');

export type EvidenceInput = z.input<typeof evidenceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type ClaimInput = z.input<typeof claimSchema>;
export type Claim = z.infer<typeof claimSchema>;

import { z } from 'zod';
import { id, idList, isoDate, nonEmpty } from './common.ts';

export const verdicts = ['supported', 'partly-supported', 'unsupported', 'contradicted', 'not-checkable'] as const;
export type Verdict = (typeof verdicts)[number];

/** Verdicts that are a judgement on public evidence, so they must name it. */
export const verdictsNeedingSources: readonly Verdict[] = ['supported', 'partly-supported', 'contradicted'];

/** One entry of the claim ledger (data/claims.yaml). */
export const claimSchema = z.strictObject({
  id: id.describe('Id used in `[text](claim:ID)` and in findings.'),
  statement: nonEmpty.describe('The claim as the report makes it.'),
  verdict: z.enum(verdicts).describe('What the public evidence says about the claim.'),
  confidence: z.enum(['high', 'medium', 'low']).describe('How sure the checker is of the verdict.'),
  sources: idList.default([]).describe('Ids of the sources (data/sources.yaml) that bear on the claim.'),
  note: nonEmpty.optional().describe('Why the verdict is what it is.'),
  checked: isoDate.optional().describe('When the claim was last checked.'),
});

export const claimsFileSchema = z.array(claimSchema).describe('Claim ledger (data/claims.yaml).');

export type ClaimInput = z.input<typeof claimSchema>;
export type Claim = z.infer<typeof claimSchema>;

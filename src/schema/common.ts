import { z } from 'zod';

/** An id that other files refer to: letters, digits, dot, dash, underscore; no spaces. */
export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'id' })
  .describe(
    'Identifier: letters, digits, ".", "-", "_"; starts with a letter or digit. / 标识符：字母、数字、“.”“-”“_”，以字母或数字开头。',
  );

/** A calendar date written as YYYY-MM-DD (kept as text so time zones never shift it). */
export const isoDate = z.iso.date({ error: 'date' }).describe('Date as YYYY-MM-DD. / 日期，写成 YYYY-MM-DD。');

export const nonEmpty = z.string().trim().min(1);

/** A list of ids of another kind, for example the sources behind a claim. */
export const idList = z.array(id);

import { z } from 'zod';
import { claimsFileSchema } from './claim.ts';
import { datasetSchema } from './dataset.ts';
import { chartSpecSchema, tableSpecSchema } from './fences.ts';
import { pageSchema } from './page.ts';
import { reportSchema } from './report.ts';
import { sourcesFileSchema } from './source.ts';

/** Files `npm run schema` writes to schemas/, for editor autocomplete through `$schema` comments. */
const exported = {
  'report.schema.json': reportSchema,
  'sources.schema.json': sourcesFileSchema,
  'claims.schema.json': claimsFileSchema,
  'dataset.schema.json': datasetSchema,
  'page.schema.json': pageSchema,
  'chart.schema.json': chartSpecSchema,
  'table.schema.json': tableSpecSchema,
} as const;

/** JSON Schemas of what authors write (the input side: defaults are optional). */
export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(exported).map(([name, schema]) => [
      name,
      `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }), title: name.replace('.schema.json', '') }, null, 2)}\n`,
    ]),
  );
}

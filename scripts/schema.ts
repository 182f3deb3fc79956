/** `npm run schema`: writes the JSON Schemas of every data file kind to schemas/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/schema/json-schemas.ts';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`schemas/${name}`);
}

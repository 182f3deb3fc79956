/**
 * `npm run preview` and `astro check` (in `npm run typecheck`) go through here so that they too
 * run with Astro's telemetry and update check off.
 */
import { offlineEnvironment } from './offline.ts';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
const result = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...offlineEnvironment },
});
process.exit(result.status ?? 1);

/**
 * `npm run preview` and `astro check` (in `npm run typecheck`) go through here so that they too
 * run with Astro's telemetry and update check off.
 */
import { offlineEnvironment } from './offline.ts';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...offlineEnvironment },
});
// A signal meant for the command (a service manager's SIGTERM, a terminal closing) stops Astro too,
// rather than leaving its preview server running without a parent.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));

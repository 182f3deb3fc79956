/**
 * `npm run dev [-- --root DIR] [--port N] [--host]`
 * Live preview of a report folder: the page follows every saved edit under content/ and data/,
 * and shows the report's errors while there are any (src/site/dev-server.ts).
 */
import './offline.ts';
import { dev } from 'astro';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { handOver } from '../src/site/handover.ts';
import { commandArguments } from './lib/arguments.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const usage = 'usage: npm run dev -- [--root DIR] [--port N] [--host]';

async function main(): Promise<number> {
  const values = commandArguments(usage, {
    port: { type: 'string', default: '4321' },
    host: { type: 'boolean', default: false },
  });
  if (typeof values === 'number') return values;
  const root = resolve(values.root);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(usage);
    return 2;
  }
  if (!existsSync(join(root, 'content'))) {
    console.error(`dossier: no content/ folder in ${root}; --root names the folder that holds content/ and data/`);
    return 2;
  }
  handOver({ root });
  await dev({ root: projectRoot, server: { port, host: values.host } });
  return -1; // the server keeps running until interrupted
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`dossier: dev server failed: ${(error as Error).message}`);
    if (process.env.DOSSIER_DEBUG) console.error(error);
    process.exit(3);
  },
);

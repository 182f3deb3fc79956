import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from './run.ts';

/** Builds a report folder into a fresh temporary dist/ under a base path, the way a user would. */
export function buildFixture(root: string, base: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'dossier-site-')), 'dist');
  const { code, stdout, stderr } = runScript('build.ts', ['--root', root, '--out', out, '--base', base]);
  if (code !== 0) throw new Error(`build failed (${code}):\n${stdout}\n${stderr}`);
  return out;
}

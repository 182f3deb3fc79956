import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes each file beside itself under a temporary name, then renames them all into place, so
 * a failure never leaves a half-written file (a rename within one folder is atomic).
 */
export function writeFilesAtomically(root: string, outputs: Record<string, string>): void {
  const staged: [string, string][] = [];
  try {
    for (const [file, text] of Object.entries(outputs)) {
      const target = join(root, file);
      const temp = join(dirname(target), `.${basename(target)}.migrate-${process.pid}.tmp`);
      staged.push([temp, target]);
      writeFileSync(temp, text, { flag: 'wx' });
      chmodSync(temp, statSync(target).mode);
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of staged) renameSync(temp, target);
}

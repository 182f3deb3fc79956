import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Runs one of the project's scripts the way `npm run` does, and returns what a user would see. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, timeout = 400_000) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...userEnvironment(), ...env },
    // A build with its PDF takes minutes on a busy two-core machine.
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The environment without what vitest adds (BASE_URL, MODE, NODE_ENV=test…), as a user's shell has it. */
export function userEnvironment(): NodeJS.ProcessEnv {
  const added = /^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.test(key)));
}

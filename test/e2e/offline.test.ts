import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { freePort, startDev } from '../../src/bench/dev-server.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { repoRoot, runScript, userEnvironment } from '../helpers/run.ts';

/**
 * No command may reach the internet (intranets have none). Each runs with every DNS lookup other
 * than the loopback's refused and logged, with an empty Astro preference store (so Astro would
 * check for updates now if allowed) and without CI variables (Astro skips the check under CI).
 */
const work = mkdtempSync(join(tmpdir(), 'dossier-offline-'));
const networkLog = join(work, 'lookups.txt');
const environment = {
  NODE_OPTIONS: `--import ${join(repoRoot, 'test', 'helpers', 'no-network.mjs')}`,
  DOSSIER_NETWORK_LOG: networkLog,
  XDG_CONFIG_HOME: join(work, 'config'),
  CI: '',
  CONTINUOUS_INTEGRATION: '',
};
const lookups = () => (existsSync(networkLog) ? readFileSync(networkLog, 'utf8').trim().split('\n') : []);

const answers = (port: number) =>
  fetch(`http://localhost:${port}/`).then(
    (response) => response.status,
    () => undefined,
  );

/**
 * Starts `npm run preview` on the given dist/, asks for its home page, stops it as a service
 * manager would (SIGTERM); returns the status, and whether a server still answered a second later.
 */
async function previewOnce(dist: string): Promise<{ status: number; stillServing: boolean }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts', 'astro.ts'), 'preview', '--port', String(port)],
    {
      cwd: repoRoot,
      env: { ...userEnvironment(), ...environment, DOSSIER_OUT_DIR: dist },
      stdio: 'ignore',
    },
  );
  let status: number | undefined;
  try {
    while (status === undefined) {
      if (child.exitCode !== null) throw new Error(`preview exited (${child.exitCode})`);
      status = await answers(port);
      if (status === undefined) await new Promise((wait) => setTimeout(wait, 300));
    }
  } finally {
    child.kill('SIGTERM');
  }
  await new Promise((wait) => setTimeout(wait, 1000));
  return { status, stillServing: (await answers(port)) !== undefined };
}

describe('no command reaches the network', () => {
  const root = join(work, 'report');
  writeTree(root, readTree(starterDir));
  const dist = join(work, 'dist');

  it('build and preview', async () => {
    const build = runScript('build.ts', ['--root', root, '--out', dist, '--no-pdf'], environment);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(await previewOnce(dist)).toEqual({ status: 200, stillServing: false });
    expect(lookups()).toEqual([]);
  }, 240_000);

  it('dev', async () => {
    const dev = await startDev(root, { ...userEnvironment(), ...environment });
    try {
      expect((await fetch(dev.url, { headers: { accept: 'text/html' } })).status).toBe(200);
    } finally {
      await dev.stop();
    }
    expect(lookups()).toEqual([]);
  }, 240_000);

  it('astro check', () => {
    const check = runScript('astro.ts', ['check'], environment, 380_000);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(lookups()).toEqual([]);
  }, 400_000);
});

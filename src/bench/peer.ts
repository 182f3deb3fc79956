import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dossier against VitePress on the peer benchmark's corpus (../shared/peer-bench, or PEER_BENCH):
 * the same 500 Chinese pages, VitePress with its default theme, Dossier with every diagram drawn
 * and the search index built, diagram caches off. Builds alternate (a warm-up of each first) so
 * both meet the same load on a shared machine; only the ratio means anything.
 */
export interface PeerResult {
  vitepress: number[];
  dossier: number[];
}

export function peerBenchDir(projectRoot: string): string {
  return process.env.PEER_BENCH ?? join(projectRoot, '..', 'shared', 'peer-bench');
}

/** Why the comparison cannot run here, or undefined when it can. */
export function peerMissing(dir: string): string | undefined {
  const tools = process.env.PEERBENCH ?? '/tmp/peerbench';
  if (!existsSync(join(dir, 'corpus.mjs'))) return `no peer benchmark at ${dir} (set PEER_BENCH)`;
  if (existsSync(join(tools, 'tools', 'vitepress', 'node_modules', 'vitepress'))) return undefined;
  const install = spawnSync(join(dir, 'install.sh'), { encoding: 'utf8', env: { ...process.env, PEERBENCH: tools } });
  return install.status === 0
    ? undefined
    : `VitePress could not be installed from npm: ${(install.stderr || install.stdout).trim().split('\n').at(-1)}`;
}

function seconds(command: string, args: string[], env: Record<string, string> = {}, cwd?: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function comparePeers(dir: string, projectRoot: string, work: string, pages: number, runs: number): PeerResult {
  const adapters = join(dir, 'adapters');
  const corpus = join(work, `corpus-${pages}`);
  seconds(process.execPath, [join(dir, 'corpus.mjs'), String(pages), corpus]);
  const vp = join(work, 'vitepress');
  const ours = join(work, 'dossier');
  seconds(join(adapters, 'vitepress.sh'), ['prepare', corpus, vp]);
  seconds(join(adapters, 'ours.sh'), ['prepare', corpus, ours], { DOSSIER: projectRoot });
  // The adapter writes a report of format 1; bring it to the current format as an author would.
  seconds(
    process.execPath,
    ['--import', 'tsx', join(projectRoot, 'scripts', 'migrate.ts'), '--root', join(ours, 'report'), '--yes'],
    {},
    projectRoot,
  );
  const result: PeerResult = { vitepress: [], dossier: [] };
  for (let r = 0; r <= runs; r++) {
    rmSync(join(vp, 'docs', '.vitepress', 'dist'), { recursive: true, force: true });
    rmSync(join(vp, 'docs', '.vitepress', 'cache'), { recursive: true, force: true });
    const v = seconds(join(adapters, 'vitepress.sh'), ['build', vp]);
    rmSync(join(ours, 'dist'), { recursive: true, force: true });
    const d = seconds(
      process.execPath,
      [
        '--import',
        'tsx',
        join(projectRoot, 'scripts', 'build.ts'),
        '--root',
        join(ours, 'report'),
        '--out',
        join(ours, 'dist'),
        '--no-pdf',
      ],
      { DOSSIER_NO_CACHE: '1' },
      projectRoot,
    );
    if (r === 0) continue; // warm-up
    result.vitepress.push(v);
    result.dossier.push(d);
  }
  return result;
}

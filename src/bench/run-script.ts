import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchTreeMemory } from './tree-memory.ts';

/** Running and measuring the commands for the benchmark (scripts/bench.ts). */
const root = join(import.meta.dirname, '..', '..');

export interface Run {
  seconds: number;
  peakMb: number;
  times?: Record<string, number>;
}

/** Runs one of our scripts in a fresh Node process, timing it and sampling its process tree's memory. */
export async function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const timesFile = join(scratch, 'times.json');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_TIMES: timesFile, ...env },
  });
  const peak = watchTreeMemory(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const peakMb = peak();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${output}`);
  let times: Record<string, number> | undefined;
  try {
    times = JSON.parse(readFileSync(timesFile, 'utf8'));
  } catch {
    times = undefined;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { seconds, peakMb, ...(times ? { times } : {}) };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export const med = (rs: Run[], pick: (r: Run) => number | undefined) =>
  median(rs.map(pick).filter((x): x is number => x !== undefined));

/** Bytes and HTML pages of a built site. */
export function walk(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

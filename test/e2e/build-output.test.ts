import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { checkOutput, OUTPUT_MARKER, recoverLeftovers } from '../../src/publish/output-folder.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';
import { repoRoot, runScript } from '../helpers/run.ts';

type Workspace = ReturnType<typeof workspace>;

/** A report folder beside a previous output whose index.html says "previous build". */
function workspace() {
  const work = mkdtempSync(join(tmpdir(), 'dossier-out-'));
  const root = join(work, 'report');
  writeTree(root, readTree(starterDir));
  const out = join(work, 'dist');
  writeTree(out, { 'index.html': 'previous build', [OUTPUT_MARKER]: '' });
  return { work, root, out, before: readTree(root) };
}

describe('the output folder', () => {
  it.each([
    ['the report folder', (w: Workspace) => w.root, 'is or contains the report folder'],
    ['a folder that contains the report', (w: Workspace) => w.work, 'is or contains the report folder'],
    ["the report's content/", (w: Workspace) => join(w.root, 'content'), "lies inside the report's content/"],
    ['the project', () => repoRoot, 'is or contains the project folder'],
    [
      'a folder that is not a previous Dossier output',
      (w: Workspace) => join(w.work, 'photos'),
      'is not a previous Dossier output',
    ],
    ['under a parent that cannot be written', (w: Workspace) => join(w.work, 'a-file', 'dist'), 'cannot write to'],
  ])('is refused when it is %s', (_, outOf, message) => {
    const w = workspace();
    writeTree(w.work, { 'photos/a.jpg': 'x', 'a-file': '' });
    expect(() => checkOutput(outOf(w), w.root, repoRoot)).toThrow(message);
    expect(readTree(w.root)).toEqual(w.before);
  });

  it('is accepted when new, empty, or a previous output', () => {
    const w = workspace();
    mkdirSync(join(w.work, 'empty'));
    for (const out of [join(w.work, 'new', 'dist'), join(w.work, 'empty'), w.out])
      expect(() => checkOutput(out, w.root, repoRoot)).not.toThrow();
  });

  it('is checked by npm run build before any work, and nothing is deleted', () => {
    const w = workspace();
    const { code, stdout, stderr } = runScript('build.ts', ['--root', w.root, '--out', w.root, '--no-pdf']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dossier: --out .* is or contains the report folder/);
    expect(stdout).toBe(''); // not even validated
    expect(readTree(w.root)).toEqual(w.before);
  }, 300_000);

  it('is put back at the next start when a build was killed between setting it aside and moving the new one in', () => {
    const w = workspace();
    renameSync(w.out, join(w.work, '.dist.dossier-old-123-abcd'));
    writeTree(join(w.work, '.dist.dossier-staging-123-abcd'), { 'index.html': 'half written' });
    recoverLeftovers(w.out);
    expect(readTree(w.out)).toEqual({ 'index.html': 'previous build', [OUTPUT_MARKER]: '' });
    expect(readdirSync(w.work).sort()).toEqual(['dist', 'report']);
  });
});

/** Starts a build and kills it (SIGKILL) as soon as `when` holds; resolves once it is dead, or with its exit code. */
function killBuildWhen(
  root: string,
  out: string,
  when: (pid: number) => boolean,
  extra: string[] = [],
): Promise<'killed' | number | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts', 'build.ts'), '--root', root, '--out', out, ...extra],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  return new Promise((done) => {
    const poll = setInterval(() => {
      if (when(child.pid!)) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 50);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      done(signal === 'SIGKILL' ? 'killed' : code);
    });
  });
}

describe('a build killed with SIGKILL', () => {
  it('leaves the previous output as it was in every stage, and the next build cleans up and succeeds', async () => {
    const w = workspace();
    const staging = () => readdirSync(w.work).find((name) => name.startsWith('.dist.dossier-staging-'));
    const lock = join(repoRoot, 'node_modules', '.cache', 'dossier', 'build.lock');
    const holds = (pid: number) => existsSync(lock) && readFileSync(lock, 'utf8') === String(pid);
    const chromium = (pid: number) => {
      try {
        return execFileSync('ps', ['--ppid', String(pid), '-o', 'comm='], { encoding: 'utf8' }).includes('chrom');
      } catch {
        return false; // ps exits 1 when the build has no child process
      }
    };
    const stages: [string, (pid: number) => boolean][] = [
      ['validate', (pid) => holds(pid) && !staging()],
      ['site', (pid) => holds(pid) && Boolean(staging())],
      [
        'search',
        (pid) => holds(pid) && Boolean(staging()) && existsSync(join(w.work, staging()!, 'pagefind')) && !chromium(pid),
      ],
      ['pdf', (pid) => holds(pid) && chromium(pid)],
    ];
    for (const [stage, when] of stages) {
      expect(await killBuildWhen(w.root, w.out, when), stage).toBe('killed');
      expect(readTree(w.out), stage).toEqual({ 'index.html': 'previous build', [OUTPUT_MARKER]: '' });
    }
    expect(await killBuildWhen(w.root, w.out, () => false, ['--no-pdf'])).toBe(0);
    expect(readFileSync(join(w.out, 'index.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(w.out, OUTPUT_MARKER))).toBe(true);
    expect(readdirSync(w.work).sort()).toEqual(['dist', 'report']);
    expect(readTree(w.root)).toEqual(w.before);
  }, 900_000);
});

describe('two builds at the same time', () => {
  it('run one after the other: the second says it waits, both outputs are complete', async () => {
    const w = workspace();
    const second = join(w.work, 'dist2');
    mkdirSync(second);
    const run = (out: string) =>
      new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(repoRoot, 'scripts', 'build.ts'), '--root', w.root, '--out', out, '--no-pdf'],
          { cwd: repoRoot },
        );
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.on('exit', (code) => done({ code, stdout }));
      });
    const results = await Promise.all([run(w.out), run(second)]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    // Other builds (of other tests) may hold the lock too; at least one of these two waited.
    expect(results.some((r) => /another build \(pid \d+\) is running in this project; waiting/.test(r.stdout))).toBe(
      true,
    );
    for (const out of [w.out, second]) expect(existsSync(join(out, 'index.html')), out).toBe(true);
  }, 900_000);
});

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { starterWith, fixturesDir, readTree, starterDir } from '../helpers/fixtures.ts';
import { repoRoot, runScript } from '../helpers/run.ts';
import { writeTree } from '../../src/bench/write-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function reportDir(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  writeTree(dir, files);
  return dir;
}

const treeHash = (dir: string) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(readTree(dir)).sort()))
    .digest('hex');

describe('npm run validate', () => {
  it('passes the starter report under --strict and says so', () => {
    const dir = join(work, 'starter');
    cpSync(starterDir, dir, { recursive: true });
    const { code, stdout, stderr } = runScript('validate.ts', ['--strict', '--root', dir]);
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe('✓ 检查通过，没有发现问题');
    expect(code).toBe(0);
  });

  it('reports every problem of a broken report with file:line:column, exits 1, and writes nothing', () => {
    const files = starterWith(join(fixturesDir, 'broken', 'claim-unknown-source'));
    files['content/index.md'] = files['content/index.md']!.replace('claims: [db-driver-benchmark]', 'claims: [nope]');
    const dir = reportDir('broken', files);
    const before = treeHash(dir);
    const { code, stdout, stderr } = runScript('validate.ts', ['--root', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('data/claims.yaml:39:15  [3].evidence[0].source  错误: 找不到来源“go119-loongarch”');
    expect(stdout).toContain('content/index.md:10:14  findings[2].claims[0]  错误: 找不到断言“nope”');
    expect(stdout).toContain('2 个错误，0 个警告');
    expect(stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(treeHash(dir)).toBe(before);
  });

  it('makes warnings errors with --strict, and prints JSON with --format json', () => {
    const dir = reportDir('warnings', starterWith(join(fixturesDir, 'broken', 'warnings')));
    const lenient = runScript('validate.ts', ['--root', dir, '--lang', 'en']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('0 errors, 5 warnings');
    // Under --strict each line says what the summary counts it as.
    const strictText = runScript('validate.ts', ['--root', dir, '--lang', 'en', '--strict']);
    expect(strictText.code).toBe(1);
    expect(strictText.stdout).toContain('5 errors, 0 warnings');
    expect(strictText.stdout.match(/ {2}warning \(treated as error\): /g)).toHaveLength(5);
    expect(strictText.stdout).not.toMatch(/ {2}warning: /);
    const strict = runScript('validate.ts', ['--root', dir, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    const json = JSON.parse(strict.stdout);
    expect(json).toMatchObject({ ok: false, errors: 5, warnings: 0 });
    expect(json.diagnostics[0]).toEqual({
      code: 'claim-unsourced',
      severity: 'error',
      file: 'data/claims.yaml',
      line: 14,
      column: 3,
      path: 'evidence',
      message:
        '断言没有任何证据，也没有注明出处；至少用 claimedIn 注明断言出自何处（如 claimedIn: { source: 文章的来源 id }）',
    });
  });

  it('rejects unknown options with usage and exit 2', () => {
    const { code, stderr } = runScript('validate.ts', ['--strictly']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run validate');
  });

  it('names a missing report.yaml in an empty folder', () => {
    const dir = reportDir('empty', { 'README.txt': 'nothing here' });
    const { code, stdout } = runScript('validate.ts', ['--root', dir, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('content/report.yaml:1:1  error: the report metadata file content/report.yaml is missing');
    expect(stdout).toContain('content:1:1  error: there is no .md page under content/');
  });
});

describe('npm run schema', () => {
  it('matches the committed JSON Schemas (run `npm run schema` after changing src/schema)', async () => {
    const { jsonSchemas } = await import('../../src/schema/json-schemas.ts');
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(repoRoot, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { fixturesDir, readTree, starterWith } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-migrate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function formatOneReport(name: string, patch: (files: Record<string, string>) => void = () => {}): string {
  const files = starterWith(join(fixturesDir, 'format-1'));
  patch(files);
  const dir = join(work, name);
  writeTree(dir, files);
  return dir;
}

/** Every file's path and bytes, hidden ones included: a leftover temporary file changes it too. */
const treeHash = (dir: string) => {
  const hidden = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.split('/').some((part) => part.startsWith('.')));
  return createHash('sha256')
    .update(JSON.stringify([Object.entries(readTree(dir)).sort(), hidden.sort()]))
    .digest('hex');
};

describe('npm run migrate', () => {
  it('is the command validate names; it previews, writes only with --yes, and a second run changes nothing', () => {
    const dir = formatOneReport('upgrade');
    const validate = runScript('validate.ts', ['--root', dir, '--lang', 'en']);
    expect(validate.code).toBe(1);
    const command = `npm run migrate -- --root ${dir}`;
    expect(validate.stdout).toContain(`the command: ${command}\n`);
    const args = command.split(' ').slice(4);

    const before = treeHash(dir);
    for (const flags of [[], ['--dry-run']]) {
      const preview = runScript('migrate.ts', [...args, ...flags]);
      expect(preview.code).toBe(0);
      expect(preview.stdout).toContain('从第 1 版迁移到第 2 版，共 15 处修改：');
      expect(preview.stdout).toContain(
        'data/claims.yaml:6:3  sources 改为 evidence：seed-article、kratos-readme（stance 待作者决定）',
      );
      expect(preview.stdout).toContain(
        'data/sources.yaml:13:3  来源“kratos-readme”的 quote 移到断言“cn-internet-firms-go-core-infra”的证据条目',
      );
      expect(preview.stdout).toContain('试运行：没有写入任何文件。');
      expect(treeHash(dir)).toBe(before);
    }

    const run = runScript('migrate.ts', [...args, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已写入：');
    const after = treeHash(dir);
    expect(after).not.toBe(before);
    const check = runScript('validate.ts', ['--root', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('0 个错误，8 个警告');

    const again = runScript('migrate.ts', [...args, '--yes']);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe('报告已是第 2 版格式，无需迁移');
    expect(treeHash(dir)).toBe(after);
  }, 240_000);

  it('refuses a report that does not parse, naming file:line, and writes nothing', () => {
    const dir = formatOneReport('broken', (files) => {
      files['data/claims.yaml'] = files['data/claims.yaml']!.replace('verdict: unsupported', 'verdict: [unsupported');
    });
    const before = treeHash(dir);
    const { code, stdout } = runScript('migrate.ts', ['--root', dir, '--yes', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^data\/claims\.yaml:\d+:\d+ {2}error: YAML syntax error: /m);
    expect(stdout).toContain('nothing was changed.');
    expect(treeHash(dir)).toBe(before);
  });

  it('rejects --yes with --dry-run, and unknown options, with usage and exit 2', () => {
    const dir = formatOneReport('usage');
    for (const args of [
      ['--root', dir, '--yes', '--dry-run'],
      ['--root', dir, '--force'],
    ]) {
      const { code, stderr } = runScript('migrate.ts', args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: npm run migrate -- --root DIR [--dry-run | --yes]');
    }
  });
});

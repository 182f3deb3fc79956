import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterWith, fixturesDir, readTree } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { writeTree } from '../../src/bench/write-tree.ts';
import { OUTPUT_MARKER } from '../../src/publish/output-folder.ts';

describe('npm run build', () => {
  it('refuses a report with a broken diagram, names the line, and leaves the old dist/ alone', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-build-'));
    const root = join(work, 'report');
    writeTree(root, starterWith(join(fixturesDir, 'broken', 'mermaid-syntax')));
    const before = readTree(root);
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    writeFileSync(join(out, OUTPUT_MARKER), '');

    const { code, stdout, stderr } = runScript('build.ts', ['--root', root, '--out', out]);

    expect(code).toBe(1);
    expect(stdout).toContain('content/01-现状/01-生态.md:23:5  错误: Mermaid 图语法错误');
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(work).sort()).toEqual(['dist', 'report']);
    expect(readTree(root)).toEqual(before);
  });

  it('says how to install Chromium when there is none, before building anything', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-nochrome-'));
    const out = join(work, 'dist');
    for (const script of ['build.ts', 'pdf.ts']) {
      const { code, stderr } = runScript(script, ['--root', join(fixturesDir, 'starter'), '--out', out], {
        CHROMIUM_PATH: '/nonexistent/chromium',
      });
      expect(code, script).toBe(2);
      expect(stderr, script).toContain('CHROMIUM_PATH=/nonexistent/chromium does not exist');
      expect(stderr, script).toContain('apt-get install -y chromium');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing report folder', () => {
    const { code, stderr } = runScript('build.ts', ['--root', join(tmpdir(), 'no-such-report-folder')]);
    expect(code).toBe(2);
    expect(stderr).toContain('no report folder');
    expect(existsSync(join(tmpdir(), 'no-such-report-folder'))).toBe(false);
  });
});

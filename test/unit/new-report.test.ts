import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

/** `npm run new -- DIR [--locale …]`: a report an analyst can start from. */
const work = mkdtempSync(join(tmpdir(), 'dossier-new-'));

describe.each(['zh-CN', 'en'] as const)('npm run new --locale %s', (locale) => {
  const dir = join(work, `report-${locale}`);
  const created = runScript('new.ts', [dir, '--locale', locale]);

  it('writes a report with one of each thing and says what to run next', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`npm run validate -- --root ${dir} --strict`);
    const files = readTree(dir);
    expect(files['content/report.yaml']).toMatch(/^format: 2$/m);
    expect(files['content/report.yaml']).toContain(`locale: ${locale}`);
    expect(files['content/report.yaml']).toMatch(/^id: report-(zh-cn|en)$/m);
    expect(Object.keys(files).filter((f) => /^content\/[^/]+\/index\.md$/.test(f))).toHaveLength(1);
    const kinds = Object.values(files)
      .flatMap((text) => /^kind: (\w+)$/m.exec(text)?.[1] ?? [])
      .sort();
    expect(kinds).toEqual(['adoption', 'benchmark', 'compatibility', 'table']);
    const pages = Object.entries(files)
      .filter(([f]) => f.endsWith('.md'))
      .map(([, text]) => text)
      .join('\n');
    for (const fence of ['```chart', '```table', '```mermaid']) expect(pages).toContain(fence);
    expect(pages).toContain('](claim:example-claim)');
    expect(pages).toContain('](source:example-source)');
    expect(Object.values(files).join('\n')).not.toContain('{{');
  });

  it('maps every data file to its JSON Schema in the editor settings, without comments in the files', () => {
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const mapping = settings['yaml.schemas'];
    expect(
      Object.keys(mapping)
        .map((schema) => schema.replace(/^.*\//, ''))
        .sort(),
    ).toEqual(['claims.schema.json', 'dataset.schema.json', 'report.schema.json', 'sources.schema.json']);
    for (const schema of Object.keys(mapping)) expect(existsSync(resolve(dir, schema)), schema).toBe(true);
    for (const [file, text] of Object.entries(readTree(dir)))
      if (file.endsWith('.yaml')) expect(text).not.toContain('yaml-language-server');
  });

  it('passes validate --strict', () => {
    const validate = runScript('validate.ts', ['--root', dir, '--strict']);
    expect(validate.stdout).toMatch(/✓/);
    expect(validate.code).toBe(0);
  });
});

describe('npm run new refuses', () => {
  it('a folder that is not empty, and writes nothing into it', () => {
    const dir = join(work, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = runScript('new.ts', [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not empty');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('an unknown locale', () => {
    const result = runScript('new.ts', [join(work, 'fr'), '--locale', 'fr']);
    expect(result.code).toBe(2);
    expect(existsSync(join(work, 'fr'))).toBe(false);
  });
});

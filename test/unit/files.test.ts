import { mkdtempSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../src/bench/write-tree.ts';
import { diskFiles } from '../../src/node/disk-files.ts';
import { loadReport } from '../../src/model/load-report.ts';
import { readTree, starterDir } from '../helpers/fixtures.ts';

/** The starter report on disk, for what only a disk has: symlinks and raw bytes. */
function starterOnDisk(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'dossier-files-')), 'report');
  writeTree(root, readTree(starterDir));
  return root;
}
const csv = 'data/datasets/go-adoption-claimed.csv';
const line = (d: { file: string; line: number; column: number; code: string; message: string }) =>
  `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;

describe('reading report files from disk', () => {
  it('refuses a symlink that leads outside the report, at the line that names the file, and prints nothing of its target', async () => {
    const root = starterOnDisk();
    const secret = join(mkdtempSync(join(tmpdir(), 'dossier-secret-')), 'passwd');
    writeFileSync(secret, 'language,share\nroot:x:0:0,1\n');
    rmSync(join(root, csv));
    symlinkSync(secret, join(root, csv));
    const result = await loadReport(diskFiles(root));
    const lines = result.diagnostics.map(line);
    expect(lines).toEqual([
      `data/datasets/go-adoption-claimed.yaml:15:6 outside-root ${csv} 指向报告文件夹之外（${secret}）；Dossier 只读取 --root 之内的文件，请把文件复制进报告文件夹`,
    ]);
    expect(lines.join('\n')).not.toContain('root:x');
    expect(result.report).toBeUndefined();
  });

  it('follows a symlink whose target is inside the report', async () => {
    const root = starterOnDisk();
    writeFileSync(join(root, 'data', 'copy.csv'), readTree(starterDir)[csv]!);
    rmSync(join(root, csv));
    symlinkSync(join(root, 'data', 'copy.csv'), join(root, csv));
    const result = await loadReport(diskFiles(root));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.report?.datasets.get('go-adoption-claimed')?.rows).toHaveLength(1);
  });

  it('says a GBK/GB18030 file is not UTF-8 and how to convert it', async () => {
    const root = starterOnDisk();
    // "---\ntitle: 中文\n---\n" with 中文 in GB18030 (D6D0 CEC4)
    writeFileSync(
      join(root, 'content', '03-gbk.md'),
      Buffer.from([...Buffer.from('---\ntitle: '), 0xd6, 0xd0, 0xce, 0xc4, ...Buffer.from('\n---\n')]),
    );
    const result = await loadReport(diskFiles(root));
    expect(result.diagnostics.map(line)).toEqual([
      'content/03-gbk.md:1:1 not-utf8 文件不是 UTF-8 编码（是 GBK 或 GB18030 吗？）；请转换后再用：iconv -f GB18030 -t UTF-8 content/03-gbk.md > 新文件',
    ]);
  });

  it('accepts a byte order mark and CRLF line ends', async () => {
    const root = starterOnDisk();
    writeFileSync(join(root, 'content', '03-crlf.md'), '\uFEFF---\r\ntitle: 换行\r\n---\r\n\r\n正文。\r\n');
    writeFileSync(join(root, csv), '\uFEFFlanguage,share\r\nGo,37\r\n');
    const result = await loadReport(diskFiles(root));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.report!.pages.find((p) => p.id === 'crlf')?.title).toBe('换行');
    expect(result.report!.datasets.get('go-adoption-claimed')!.rows).toEqual([{ language: 'Go', share: 37 }]);
  });
});

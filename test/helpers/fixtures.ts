import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { memoryFiles, type ReportFiles } from '../../src/model/files.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const starterDir = join(fixturesDir, 'starter');

/** Every file below a folder, keyed by its path relative to that folder. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** The starter report with another fixture laid over it: its files replace or add to the starter's, delete.txt removes some. */
export function starterWith(caseDir: string): Record<string, string> {
  const files = readTree(starterDir);
  const overlay = readTree(caseDir);
  for (const [path, text] of Object.entries(overlay)) {
    if (path === 'delete.txt' || path === 'expected.txt') continue;
    files[path] = text;
  }
  const deleteList = join(caseDir, 'delete.txt');
  const deleted = new Set(existsSync(deleteList) ? readFileSync(deleteList, 'utf8').split('\n').filter(Boolean) : []);
  return Object.fromEntries(Object.entries(files).filter(([path]) => !deleted.has(path)));
}

export const starterFiles = (): ReportFiles => memoryFiles(readTree(starterDir));

/** A report.yaml with its authors, date, version and classification left out, as before they are settled. */
export const withoutUnsettledFields = (yaml: string): string =>
  yaml.replace(/^(authors|date|version|classification):.*\n( {2}- .*\n)*/gm, '');

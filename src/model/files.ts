import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Read-only access to a report's folder; the loader gets this instead of touching the disk. */
export interface ReportFiles {
  /** Every file below `dir` (root-relative), as sorted root-relative paths with forward slashes. */
  list(dir: string): string[];
  /** The text of a root-relative file, or undefined when it does not exist. */
  read(path: string): string | undefined;
}

export function diskFiles(root: string): ReportFiles {
  return {
    list(dir) {
      try {
        return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
          .sort();
      } catch {
        return [];
      }
    },
    read(path) {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Files held in memory: for tests and for generated reports. */
export function memoryFiles(files: Record<string, string>): ReportFiles {
  return {
    list: (dir) => Object.keys(files).filter((path) => path.startsWith(`${dir}/`)).sort(),
    read: (path) => files[path],
  };
}

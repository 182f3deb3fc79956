import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ReportFiles } from '../model/files.ts';
import { limits } from '../model/limits.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one place report files are read from disk. Symlinks are followed only when what they point to
 * lies inside the report folder (after resolving every link); anything else is refused, as is a path
 * that leaves the folder (`../`). Text is strict UTF-8 (a BOM is dropped, CRLF kept for the parsers).
 */
export function diskFiles(root: string): ReportFiles {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const inside = (path: string) => {
    const rel = relative(realRoot, path);
    return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
  };
  return {
    list(dir) {
      try {
        return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
          .filter(
            (entry) => entry.isFile() || (entry.isSymbolicLink() && isFileBehind(join(entry.parentPath, entry.name))),
          )
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
          .sort();
      } catch {
        return [];
      }
    },
    read(path) {
      let real: string;
      try {
        real = realpathSync(join(root, path));
      } catch {
        return undefined;
      }
      if (!inside(real)) return { problem: 'outside-root', target: real };
      try {
        const { size } = statSync(real);
        if (size > limits.fileBytes) return { problem: 'too-large', bytes: size };
        return utf8.decode(readFileSync(real));
      } catch (error) {
        return error instanceof TypeError ? { problem: 'not-utf8' } : undefined;
      }
    },
  };
}

function isFileBehind(link: string): boolean {
  try {
    return statSync(link).isFile();
  } catch {
    return false;
  }
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Texts kept between runs in `dir`, one file per content hash of `key` and what else decides the
 * text (`salt`: versions, settings). A missing or unreadable file is a miss; a folder that cannot be
 * written (a read-only checkout) only means the work is done again next time.
 */
export function hashedFiles(dir: string, salt: string, extension: string) {
  const path = (key: string) =>
    join(dir, `${createHash('sha256').update(`${salt}\n${key}`).digest('hex').slice(0, 40)}${extension}`);
  return {
    read(key: string): string | undefined {
      try {
        return readFileSync(path(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(key: string, text: string): void {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path(key), text);
      } catch {
        // Not kept: done again next time.
      }
    },
  };
}

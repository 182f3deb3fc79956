import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DiagramCache } from '../model/mermaid-check.ts';

// A new Mermaid may accept or reject differently, so its version is part of every key.
const mermaidVersion = (() => {
  try {
    const entry = createRequire(import.meta.url).resolve('mermaid');
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
})();
const key = (source: string) => createHash('sha256').update(`${mermaidVersion}\n${source}`).digest('hex').slice(0, 32);

/**
 * A cache file keyed by content hash (node_modules/.cache/dossier by default: never under
 * content/ or data/). Only valid diagrams are stored, so an error is always reported afresh.
 */
function fileDiagramCache(file: string): DiagramCache {
  let known = new Set<string>();
  try {
    known = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const size = known.size;
  return {
    has: (source) => known.has(key(source)),
    add: (source) => void known.add(key(source)),
    save() {
      if (known.size === size) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify([...known]));
      } catch {
        // A read-only checkout still validates; it just parses every time.
      }
    },
  };
}

/** The project's own cache folder, beside its dependencies. */
export const defaultDiagramCacheFile = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '.cache',
  'dossier',
  'diagrams.json',
);

/** The cache the command-line tools use, or none when DOSSIER_NO_CACHE is set (the benchmark's cold runs). */
export function toolDiagramCache(): DiagramCache | undefined {
  return process.env.DOSSIER_NO_CACHE ? undefined : fileDiagramCache(defaultDiagramCacheFile);
}

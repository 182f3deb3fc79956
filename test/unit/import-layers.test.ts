import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ run one way (schema → model → site/publish → render → pages): no module
 * imports itself back through others, and the model reads no Astro, site, render or page code.
 */
const src = join(import.meta.dirname, '..', '..', 'src');
const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|mjs|js|astro)$/.test(entry.name))
  .map((entry) => relative(src, join(entry.parentPath, entry.name)).split('\\').join('/'));

/** Relative imports of a module, as paths under src/ (type-only imports count: they tie modules too). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'|new URL\('(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  return specifiers
    .map((s) =>
      relative(src, resolve(join(src, dirname(file)), s))
        .split('\\')
        .join('/'),
    )
    .filter((target) => files.includes(target));
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const folder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (node: string, path: string[]) => {
    state.set(node, 'open');
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), node, next]);
      else if (!state.has(next)) walk(next, [...path, node]);
    }
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) walk(node, []);
  return found;
}

describe('import layers', () => {
  it('finds the modules and their imports', () => {
    expect(graph.get('model/load-report.ts')).toContain('model/diagnostics.ts');
  });

  it('no module imports itself back', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('no folder of src/ depends on itself back through another', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folder(file);
      const to = new Set([...(folders.get(from) ?? []), ...targets.map(folder).filter((f) => f !== from)]);
      folders.set(from, [...to]);
    }
    expect(cycles(folders).map((c) => c.join(' → '))).toEqual([]);
  });

  it('schema, i18n and model import no site, render, markdown, publish or page code', () => {
    const lower = ['schema', 'i18n', 'model'];
    const upper = [
      'site',
      'render',
      'markdown',
      'publish',
      'pages',
      'components',
      'layouts',
      'client',
      'integration.ts',
    ];
    const wrong = [...graph].flatMap(([file, targets]) =>
      lower.includes(folder(file)) ? targets.filter((t) => upper.includes(folder(t))).map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });
});

import type { Code } from 'mdast';
import type { Diagnostics } from './diagnostics.ts';
import type { References } from './references.ts';
import type { Figure, Located } from './types.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

// `title="…"` (or '…') and `source=id[,id]`: the attributes a ```mermaid fence may carry.
const attribute = /(\S+?)=(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)/g;

/**
 * A ```mermaid fence as a figure: its diagram, and the title and sources written on the fence
 * line (```mermaid title="迁移流程" source=gartner-2025). Unknown attributes are errors, and
 * source ids are checked like any other reference, at the column where they are written.
 */
export function mermaidFence(
  node: Code,
  pageId: string,
  at: Located,
  fenceLine: string,
  diags: Diagnostics,
  refs: References,
): MermaidFigure {
  const figure: MermaidFigure = { kind: 'mermaid', pageId, at, source: node.value, sources: [] };
  const meta = node.meta ?? '';
  const metaStart = Math.max(0, fenceLine.indexOf(meta, fenceLine.indexOf('mermaid')));
  for (const match of meta.matchAll(attribute)) {
    const place = { file: at.file, line: at.line, column: metaStart + match.index + 1 };
    const [, key, doubleQuoted, singleQuoted, bare, stray] = match;
    const value = doubleQuoted ?? singleQuoted ?? bare ?? '';
    if (key === 'title' && value.trim()) figure.title = value.trim();
    else if (key === 'source' && value) {
      let offset = match[0].indexOf('=') + 1 + (bare === undefined ? 1 : 0);
      for (const id of value.split(',')) {
        if (id.trim()) {
          figure.sources.push(id.trim());
          refs.add({
            kind: 'source',
            id: id.trim(),
            at: { ...place, column: place.column + offset + id.indexOf(id.trim()) },
            citedOn: pageId,
          });
        }
        offset += id.length + 1;
      }
    } else diags.add('fence-attribute', place, { found: stray ?? match[0] });
  }
  return figure;
}

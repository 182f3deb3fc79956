import type { Parent, Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { Diagnostics } from './diagnostics.ts';
import type { References } from './references.ts';
import type { Located } from './types.ts';
import { listOf } from '../i18n/words.ts';

/** Block directives an author may write: `:::quote{source=ID locator="…"}` and `:::check`. */
const containerDirectives = ['quote', 'check'] as const;

/**
 * Checks the report's block directives and records the sources they cite. `:name` and `::name`
 * are not part of the contract: text such as `GOARCH=loong64:x` must stay text, so those nodes are
 * turned back into the characters the author wrote.
 */
export function readDirectives(
  tree: Root,
  text: string,
  pageId: string,
  place: (node: { position?: ContainerDirective['position'] }) => Located,
  diags: Diagnostics,
  refs: References,
): void {
  visit(tree, (node, index, parent: Parent | undefined) => {
    if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
      const stray = node as TextDirective | LeafDirective;
      const end = stray.position!.end.offset!;
      const original: Text = { type: 'text', value: text.slice(stray.position!.start.offset!, end) };
      // `版本:v1[标签](claim:x)`: the directive took the link's label, and the claim mark would be lost.
      const link = /^\((claim|source):/.exec(text.slice(end, end + 8));
      if (link)
        diags.add('directive-swallows-link', place(stray), { found: original.value, name: stray.name, kind: link[1]! });
      parent.children.splice(
        index,
        1,
        node.type === 'leafDirective' ? ({ type: 'paragraph', children: [original] } as never) : (original as never),
      );
      return SKIP;
    }
    if (node.type !== 'containerDirective') return undefined;
    const directive = node as ContainerDirective;
    const at = place(directive);
    if (!(containerDirectives as readonly string[]).includes(directive.name)) {
      diags.add('unknown-directive', at, {
        name: directive.name,
        expected: listOf(
          containerDirectives.map((n) => `:::${n}`),
          diags.locale,
        ),
      });
      return undefined;
    }
    if (directive.name === 'quote') {
      const source = directive.attributes?.source;
      if (!source) diags.add('quote-needs-source', at);
      else refs.add({ kind: 'source', id: source, at, citedOn: pageId });
    }
    return undefined;
  });
}

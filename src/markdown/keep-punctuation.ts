import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Closing punctuation that must not start a line (CJK and Latin). */
const CLOSING = /^[，。、；：？！）」』》〉】’”…,.;:!?)\]]+/;

/**
 * A claim mark is a button, which a browser may break after; `line-break: strict` then cannot stop
 * the punctuation that follows it from starting the next line. The punctuation joins the mark in a
 * span that does not wrap (the mark is short, so this never widens the page).
 */
export function rehypeKeepPunctuation() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !hasClass(node, 'claim-ref')) return;
      const next = parent.children[index + 1];
      if (next?.type !== 'text') return;
      const punctuation = CLOSING.exec(next.value)?.[0];
      const anchor = node.children.at(-1);
      if (!punctuation || anchor?.type !== 'element') return;
      (next as Text).value = next.value.slice(punctuation.length);
      node.children[node.children.length - 1] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['nobreak'] },
        children: [anchor, { type: 'text', value: punctuation }],
      };
    });
  };
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

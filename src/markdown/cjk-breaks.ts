import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Chinese and Japanese are written without spaces between words, so a line break inside a
 * paragraph, which HTML turns into a space, shows as a gap ("其中， 另外"). A soft break with a
 * CJK character (or CJK punctuation) on both sides is removed; between Latin words it stays a space.
 * Korean separates words with spaces and keeps its breaks.
 */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const inside =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef])[ \t]*\n[ \t]*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef])/gu;

export function remarkCjkBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      node.value = node.value.replace(inside, '$1');
      if (!parent || index === undefined) return;
      const siblings = parent.children as PhrasingContent[];
      // A break next to emphasis, a link or code: the neighbour's text decides.
      const before = index > 0 ? toString(siblings[index - 1]).slice(-1) : '';
      const after = index + 1 < siblings.length ? toString(siblings[index + 1]).charAt(0) : '';
      node.value = node.value.replace(/^[ \t]*\n[ \t]*(?=\S)/, (gap: string, _offset: number, all: string) =>
        cjk.test(before) && cjk.test(all.charAt(gap.length)) ? '' : gap,
      );
      node.value = node.value.replace(/(\S)[ \t]*\n[ \t]*$/, (gap: string, last: string) =>
        cjk.test(last) && cjk.test(after) ? last : gap,
      );
    });
  };
}

import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isAllowedImage, refusedLinkScheme } from '../model/url-policy.ts';

/**
 * The renderer's own wall behind validation: a link with a refused scheme loses its href (its text
 * stays), an image from another host or with a refused scheme is left out.
 */
export function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && refusedLinkScheme(href)) delete node.properties.href;
      const src = node.properties.src;
      if (
        node.tagName === 'img' &&
        (typeof src !== 'string' || !isAllowedImage(src)) &&
        parent &&
        index !== undefined
      ) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { ID_TOKEN } from './mermaid-draw.ts';

let purifier: { sanitise(svg: string): string } | undefined;

/** jsdom costs a moment to start, so only a build that draws something loads it. */
function getPurifier() {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window);
  const serializer = new window.XMLSerializer();
  purifier = {
    sanitise(svg) {
      // SVG elements and attributes only: no script, no event handlers, no foreignObject HTML,
      // no javascript: links — whatever a label or directive tried to smuggle in.
      const fragment = purify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM_FRAGMENT: true });
      const root = fragment.firstElementChild;
      return root?.localName === 'svg' ? serializer.serializeToString(root) : '';
    },
  };
  return purifier;
}

/**
 * A drawn diagram is report content: it is sanitised in Node with DOMPurify's SVG profile before
 * it is cached or placed in a page, whatever Mermaid let through. Serialised as XML, so the same
 * text is valid inline in HTML and as a standalone .svg file.
 */
export function sanitiseSvg(svg: string): string {
  return getPurifier().sanitise(svg);
}

/** Gives one use of a drawn diagram its own ids (markers, styles), unique in the page and the print edition. */
export function withDiagramId(svg: string, id: string): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`not a safe element id: ${id}`);
  return svg.replaceAll(ID_TOKEN, id);
}

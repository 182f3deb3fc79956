/**
 * Which URLs report Markdown may use. Links: http(s), mailto, relative paths and `#` anchors (and
 * Dossier's own claim: and source:); images: files in the report or data: images, never another
 * host, which every reader's browser and the PDF exporter would contact. The checker and the
 * renderer both ask here, so a URL refused by one is never written by the other.
 */

const allowedLinkSchemes = new Set(['http', 'https', 'mailto', 'claim', 'source']);

/** The URL as a browser reads it: leading spaces and control characters dropped, tabs and newlines removed anywhere. */
function asBrowserReads(url: string): string {
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
  return url.slice(start).replace(/[\t\n\r]/g, '');
}

/** The scheme of an absolute URL, lower case; undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

/** The refused scheme of a link's URL, or undefined when the link is allowed. */
export function refusedLinkScheme(url: string): string | undefined {
  const scheme = schemeOf(url);
  return scheme && !allowedLinkSchemes.has(scheme) ? scheme : undefined;
}

/** True when an image's URL is a file of the report (a relative path) or a data: image. */
export function isAllowedImage(url: string): boolean {
  const read = asBrowserReads(url);
  const scheme = schemeOf(read);
  if (scheme) return scheme === 'data' && /^data:image\//i.test(read);
  return !read.startsWith('//') && !read.startsWith('\\\\') && !read.startsWith('/\\') && !read.startsWith('\\/');
}

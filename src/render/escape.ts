/**
 * Report content is untrusted: these are the only ways it is written into a <script> or <style>
 * element, where the HTML parser decodes no entity and ends the element at the first `</script`
 * or `</style`. Every other value goes through Astro or hast, which escape it for HTML.
 */

/** JSON for `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 as \u escapes, so no value can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A quoted CSS string (for `content:`): ASCII other than letters, digits and space, and control characters, as CSS hex escapes (`<` → `\3c `). */
export function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 \u00a0-\u2027\u202a-\uffff]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * Mermaid's `getConfig()` deep-copies its whole configuration (every diagram type's defaults and a
 * few hundred theme variables) on each call, and drawing one flowchart calls it for every node and
 * edge label: about 40 % of the time a diagram takes to draw. Until Mermaid caches it, the drawing
 * page is served a Mermaid whose `getConfig()` copies once per configuration change and hands every
 * caller of that configuration the same copy. The drawn SVG is the same (test/e2e/diagrams.test.ts
 * compares both on every kind of diagram the sample report draws).
 *
 * The patch is a text replacement in Mermaid's prebuilt chunk, so a Mermaid release that changes the
 * code is simply drawn unpatched; the same test fails then, so the patch is renewed or dropped.
 */
const patches: readonly { find: string; replace: string }[] = [
  {
    find: 'Kt=s(()=>j({},Vt),"getConfig")',
    replace: 'Kt=s((()=>{let v,c;return()=>v===Vt?c:(v=Vt,c=j({},Vt))})(),"getConfig")',
  },
];

/** How many patches applied to the chunks served so far; the test reads it. */
export const patchStats = { applied: 0 };

/** A chunk of Mermaid's ESM build as the drawing page is served it. */
export function patchMermaidChunk(text: string): string {
  let out = text;
  for (const { find, replace } of patches) {
    if (!out.includes(find)) continue;
    out = out.replace(find, replace);
    patchStats.applied++;
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { okabeIto } from '../render/palette.ts';

/** The site's font stack: diagrams are measured with it at build time and shown with it. */
const fontStack =
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * How every diagram is drawn. `htmlLabels: false` keeps labels as SVG text (sharp in print,
 * extractable from the PDF, kept by the SVG sanitiser); `strict` makes Mermaid escape labels and
 * ignore click directives. The font is the page's `--font` where the SVG is inline, so the print
 * edition's embedded font applies; a standalone .svg file falls back to the stack.
 */
export const mermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'neutral',
  fontFamily: `var(--font, ${fontStack})`,
  htmlLabels: false,
  // Some shapes' outlines are drawn with random curve points; a fixed seed draws the same source the same way every build.
  handDrawnSeed: 1,
  // Wide enough that a Latin identifier such as @EnableAutoConfiguration stays on one line.
  flowchart: { htmlLabels: false, wrappingWidth: 260, useMaxWidth: true },
  // A fixed drawing width: the headless page has no layout to take it from, and a narrow one crowds the axis.
  gantt: { useWidth: 960, fontSize: 12, sectionFontSize: 12, useMaxWidth: true },
  themeVariables: {
    fontFamily: `var(--font, ${fontStack})`,
    // The charts' palette, with its black swapped for a grey so the black percentages stay legible.
    ...Object.fromEntries([...okabeIto.slice(0, 7), '#BBBBBB'].map((colour, i) => [`pie${i + 1}`, colour])),
    pieOpacity: '1',
    pieStrokeColor: '#ffffff',
    pieOuterStrokeColor: '#444444',
    pieSectionTextColor: '#000000',
  },
} as const;

export const fontStackForPage = fontStack;

/** Mermaid's own build (entry and chunks), which the drawing page loads. */
export const mermaidDist = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));

export const mermaidVersion: string = (
  JSON.parse(readFileSync(join(mermaidDist, '..', 'package.json'), 'utf8')) as { version: string }
).version;

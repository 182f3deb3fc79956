import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Diagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { addMermaidError } from '../model/mermaid-check.ts';
import { defaultDiagramCacheFile } from './mermaid-cache.ts';
import { diagramKey, type DrawnDiagrams } from '../render/diagram-ids.ts';
import type { Figure, Report } from '../model/types.ts';
import { mermaidConfig, mermaidVersion } from './mermaid-config.ts';
import { blankPage, drawMermaid, type Drawn } from './mermaid-draw.ts';
import { sanitiseSvgs } from './mermaid-svg.ts';
import { launchChromium } from './chromium.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

export interface DrawOutcome {
  svgs: DrawnDiagrams;
  /** Diagrams Chromium could not draw, at their fence. */
  problems: Diagnostic[];
  drawn: number;
  fromCache: number;
}

/** Drawn SVGs beside the parse cache, never under content/ or data/; off with DOSSIER_NO_CACHE=1. */
const defaultCacheDir = join(dirname(defaultDiagramCacheFile), 'svg');
const configHash = createHash('sha256')
  .update(`${mermaidVersion}\n${JSON.stringify(mermaidConfig)}\n${blankPage}`)
  .digest('hex');
const cacheName = (source: string) =>
  `${createHash('sha256').update(`${configHash}\n${source}`).digest('hex').slice(0, 40)}.svg`;

function readCached(dir: string | undefined, source: string): string | undefined {
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, cacheName(source)), 'utf8');
  } catch {
    return undefined;
  }
}

function writeCached(dir: string | undefined, source: string, svg: string): void {
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, cacheName(source)), svg);
  } catch {
    // A read-only checkout still builds; it just draws every time.
  }
}

export interface DrawOptions {
  /** Where drawn SVGs are kept between builds; `null` for none. Defaults to the project cache. */
  cacheDir?: string | null;
  /** A browser already running, or how to get the build's one browser when there is something to draw. */
  browser?: Browser | (() => Promise<Browser>);
}

/**
 * Draws every Mermaid diagram of the report to sanitised SVG, in one Chromium page, except those
 * a previous build already drew from the same source with the same Mermaid and theme.
 */
export async function drawDiagrams(report: Report, options: DrawOptions = {}): Promise<DrawOutcome> {
  const cacheDir =
    options.cacheDir === undefined
      ? process.env.DOSSIER_NO_CACHE
        ? undefined
        : defaultCacheDir
      : (options.cacheDir ?? undefined);
  const figures = report.pages.flatMap((page) => page.figures).filter((f): f is MermaidFigure => f.kind === 'mermaid');
  const svgs = new Map<string, string>();
  const toDraw = new Map<string, MermaidFigure[]>();
  for (const figure of figures) {
    const cached = readCached(cacheDir, figure.source);
    if (cached) svgs.set(diagramKey(figure), cached);
    else toDraw.set(figure.source, [...(toDraw.get(figure.source) ?? []), figure]);
  }
  const sources = [...toDraw.keys()];
  const results = sources.length ? await drawAndSanitise(sources, options.browser) : [];
  const diags = new Diagnostics(report.meta.locale);
  results.forEach((result, i) => {
    const source = sources[i]!;
    const svg = result.svg;
    for (const figure of toDraw.get(source)!) {
      if (svg) svgs.set(diagramKey(figure), svg);
      else addMermaidError(diags, figure, result.error ?? 'no SVG', { drawing: true });
    }
    if (svg) writeCached(cacheDir, source, svg);
  });
  return {
    svgs,
    problems: diags.sorted(),
    drawn: sources.length,
    fromCache: figures.length - [...toDraw.values()].flat().length,
  };
}

/** Draws, then sanitises what was drawn (an SVG DOMPurify empties counts as not drawn). */
async function drawAndSanitise(sources: string[], given?: Browser | (() => Promise<Browser>)): Promise<Drawn[]> {
  const own = given ? undefined : await launchChromium();
  const browser = own ?? (typeof given === 'function' ? await given() : given!);
  try {
    const drawn = await drawMermaid(sources, browser);
    const clean = await sanitiseSvgs(
      drawn.map((d) => d.svg ?? ''),
      browser,
    );
    return drawn.map((d, i) => (clean[i] ? { svg: clean[i] } : { error: d.error ?? 'no SVG' }));
  } finally {
    await own?.close();
  }
}

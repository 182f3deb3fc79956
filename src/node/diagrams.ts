import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Diagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { addMermaidError } from '../model/mermaid-check.ts';
import { defaultDiagramCacheFile } from './mermaid-cache.ts';
import {
  diagramKey,
  everyDiagram,
  type Diagrams,
  type DrawnDiagrams,
  type MermaidFigure,
} from '../render/diagram-ids.ts';
import type { Report } from '../model/types.ts';
import { mermaidConfig, mermaidVersion } from './mermaid-config.ts';
import { blankPage, drawMermaid, type Drawn } from './mermaid-draw.ts';
import { openSanitiser } from './mermaid-svg.ts';
import { launchChromium } from './chromium.ts';
import { hashedFiles } from './hashed-files.ts';

export interface DrawOutcome {
  svgs: DrawnDiagrams;
  /** Diagrams Chromium could not draw, at their fence. */
  problems: Diagnostic[];
  drawn: number;
  fromCache: number;
}

/** Drawn SVGs beside the parse cache, never under content/ or data/; off with DOSSIER_NO_CACHE=1. */
const defaultCacheDir = join(dirname(defaultDiagramCacheFile), 'svg');
/** A diagram is drawn again when its source, Mermaid, the theme or the drawing page changes. */
const drawnWith = `${mermaidVersion}\n${JSON.stringify(mermaidConfig)}\n${blankPage}`;

export interface DrawOptions {
  /** Where drawn SVGs are kept between builds; `null` for none. Defaults to the project cache. */
  cacheDir?: string | null;
  /** A browser already running, or how to get the build's one browser when there is something to draw. */
  browser?: Browser | (() => Promise<Browser>);
  /** Told each diagram's SVG (undefined: not drawn) as soon as it is ready, cached ones first. */
  onReady?: (key: string, svg: string | undefined) => void;
}

/**
 * Draws every Mermaid diagram of the report to sanitised SVG, except those a previous build
 * already drew from the same source with the same Mermaid and theme. Diagrams are drawn in reading
 * order and each batch is sanitised while the next is drawn, so the first pages can be rendered early.
 */
export async function drawDiagrams(report: Report, options: DrawOptions = {}): Promise<DrawOutcome> {
  const cacheDir =
    options.cacheDir === undefined
      ? process.env.DOSSIER_NO_CACHE
        ? undefined
        : defaultCacheDir
      : (options.cacheDir ?? undefined);
  const cache = cacheDir ? hashedFiles(cacheDir, drawnWith, '.svg') : undefined;
  const figures = everyDiagram(report);
  const svgs = new Map<string, string>();
  const toDraw = new Map<string, MermaidFigure[]>();
  for (const figure of figures) {
    const cached = cache?.read(figure.source);
    if (cached) {
      svgs.set(diagramKey(figure), cached);
      options.onReady?.(diagramKey(figure), cached);
    } else toDraw.set(figure.source, [...(toDraw.get(figure.source) ?? []), figure]);
  }
  const sources = [...toDraw.keys()];
  const diags = new Diagnostics(report.meta.locale);
  const settle = (source: string, result: Drawn) => {
    for (const figure of toDraw.get(source)!) {
      if (result.svg) svgs.set(diagramKey(figure), result.svg);
      else addMermaidError(diags, figure, result.error ?? 'no SVG', { drawing: true });
      options.onReady?.(diagramKey(figure), result.svg);
    }
    if (result.svg) cache?.write(source, result.svg);
  };
  if (sources.length) await drawAndSanitise(sources, options.browser, settle);
  return {
    svgs,
    problems: diags.sorted(),
    drawn: sources.length,
    fromCache: figures.length - [...toDraw.values()].flat().length,
  };
}

/** Draws, and sanitises each batch as it comes (an SVG DOMPurify empties counts as not drawn). */
async function drawAndSanitise(
  sources: string[],
  given: Browser | (() => Promise<Browser>) | undefined,
  settle: (source: string, result: Drawn) => void,
): Promise<void> {
  const own = given ? undefined : await launchChromium();
  const browser = own ?? (typeof given === 'function' ? await given() : given!);
  const sanitiser = await openSanitiser(browser);
  try {
    const sanitised: Promise<void>[] = [];
    await drawMermaid(sources, browser, {
      onBatch: (start, drawn) => {
        const batch = sanitiser
          .sanitise(drawn.map((d) => d.svg ?? ''))
          .then((clean) =>
            drawn.forEach((d, i) =>
              settle(sources[start + i]!, clean[i] ? { svg: clean[i] } : { error: d.error ?? 'no SVG' }),
            ),
          );
        batch.catch(() => undefined); // awaited below, unless drawing failed first
        sanitised.push(batch);
      },
    });
    await Promise.all(sanitised);
  } finally {
    await sanitiser.close();
    await own?.close();
  }
}

/**
 * The build's diagrams, each settled as it is drawn (`onReady`), so that a page renders as soon as
 * its own diagrams are ready. `finish` settles whatever is left when drawing ends or fails, so no
 * page waits forever.
 */
export class DiagramsAsDrawn implements Diagrams {
  readonly #svgs = new Map<string, Promise<string | undefined>>();
  readonly #settle = new Map<string, (svg: string | undefined) => void>();

  constructor(report: Report) {
    for (const figure of everyDiagram(report)) {
      const key = diagramKey(figure);
      this.#svgs.set(key, new Promise((resolve) => this.#settle.set(key, resolve)));
    }
  }

  readonly onReady = (key: string, svg: string | undefined): void => this.#settle.get(key)?.(svg);

  finish(): void {
    for (const settle of this.#settle.values()) settle(undefined);
  }

  async of(figures: readonly MermaidFigure[]): Promise<DrawnDiagrams> {
    const keys = figures.map(diagramKey);
    const svgs = await Promise.all(keys.map((key) => this.#svgs.get(key)));
    return new Map(keys.flatMap((key, i) => (svgs[i] ? [[key, svgs[i]] as const] : [])));
  }
}

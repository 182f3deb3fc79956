import type { LoadResult } from '../model/load-report.ts';
import { PageMemo } from '../model/page-memo.ts';
import type { Report } from '../model/types.ts';
import type { Diagrams } from '../render/diagram-ids.ts';

/**
 * The one way options and the report reach Astro. A command (scripts/build.ts, scripts/dev.ts)
 * hands them over before it starts Astro in the same process; the config, the integration and the
 * pages read them here. They live on globalThis because Astro loads pages apart from the modules
 * that started it, so a module's own variables would not be shared.
 */
export interface Handover {
  /** The report folder (--root). */
  root: string;
  /** Set by a build, which checked the report before Astro starts. */
  build?: {
    report: Report;
    /** The base path the site is built for; Astro's BASE_URL can be overridden by the environment. */
    base: string;
    /** The build writes dist/<id>.pdf too. */
    pdf: boolean;
    /** The diagrams, being drawn while Astro renders; the build fails if any cannot be drawn. */
    diagrams: Diagrams;
    /** Told each page's URL path and HTML as soon as Astro renders it (src/middleware.ts). */
    onPage?: (pathname: string, html: string) => void;
  };
}

const shared = globalThis as { __dossier?: Handover; __dossierLoad?: Promise<LoadResult>; __dossierPages?: PageMemo };

export function handOver(handover: Handover): void {
  shared.__dossier = handover;
}

/** What a build handed over, if this process is such a build. */
export const handedOverBuild = (): Handover['build'] => shared.__dossier?.build;

/** The report folder: --root of the dev and build commands; DOSSIER_ROOT or the working directory under plain `astro`. */
export const reportRoot = (): string => shared.__dossier?.root ?? process.env.DOSSIER_ROOT ?? process.cwd();

/** Astro's base path and output folder when Astro is run by itself (the build command passes its own). */
export const astroPaths = (): { base: string; outDir: string } => ({
  base: process.env.DOSSIER_BASE || '/',
  outDir: process.env.DOSSIER_OUT_DIR || './dist',
});

/** The latest reading of the report folder in `astro dev`, shared by the dev server and the pages it renders. */
export const devLoad = {
  get: (): Promise<LoadResult> | undefined => shared.__dossierLoad,
  set: (load: Promise<LoadResult>): Promise<LoadResult> => (shared.__dossierLoad = load),
};

/** Pages `astro dev` has read, so a reload parses again only those whose text changed. */
export const devPageMemo = (): PageMemo => (shared.__dossierPages ??= new PageMemo());

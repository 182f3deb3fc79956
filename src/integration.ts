import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { hasFigure } from './model/queries.ts';
import { followReport } from './site/dev-server.ts';
import { handedOverReport } from './site/report.ts';

/** Mermaid's prebuilt ESM build: the entry and the chunks it imports on demand. */
const mermaidDist = dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs'));
const MERMAID_PATH = '_dossier/mermaid';

/**
 * Serves (in `astro dev`) and copies (in a build) Mermaid's own browser build at _dossier/mermaid/.
 * Letting Vite bundle Mermaid cost most of the build time; its prebuilt files cost nothing.
 */
export function dossier(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(`${base}${MERMAID_PATH}`, sirv(mermaidDist, { dev: true }));
        followReport(server, logger);
      },
      'astro:build:done': ({ dir }) => {
        // A report without diagrams needs no Mermaid at all.
        const report = handedOverReport();
        if (report && !hasFigure(report, 'mermaid')) return;
        const target = join(fileURLToPath(dir), MERMAID_PATH);
        mkdirSync(target, { recursive: true });
        cpSync(join(mermaidDist, 'mermaid.esm.min.mjs'), join(target, 'mermaid.esm.min.mjs'));
        // Source maps are 13 MB of the 17 MB and no reader needs them.
        cpSync(join(mermaidDist, 'chunks', 'mermaid.esm.min'), join(target, 'chunks', 'mermaid.esm.min'), {
          recursive: true,
          filter: (source) => !source.endsWith('.map'),
        });
      },
    },
  };
}

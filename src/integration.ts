import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from './model/types.ts';
import { diagramFiles } from './render/diagram-files.ts';
import { everyDiagram } from './render/diagram-ids.ts';
import { followReport } from './site/dev-server.ts';
import { getDiagrams, getReport, handedOverReport } from './site/report.ts';

const DIAGRAMS_PATH = '_dossier/diagrams';

/**
 * Diagrams are drawn at build time and placed in the pages as SVG; each is also written (in a
 * build) or served (in `astro dev`) as a standalone .svg at _dossier/diagrams/, which a phone's
 * browser opens full screen and zooms natively.
 */
export function dossier(): AstroIntegration {
  let base = '/';
  const files = async (report: Report) => diagramFiles(report, await getDiagrams(report).of(everyDiagram(report)));
  return {
    name: 'dossier',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        followReport(server, logger);
        server.middlewares.use(`${base}${DIAGRAMS_PATH}`, (req, res, next) => {
          const name = decodeURIComponent((req.url ?? '').replace(/^\/+|\?.*$/g, ''));
          getReport()
            .then(files)
            .then((all) => {
              const svg = all.get(name);
              if (!svg) return next();
              res.setHeader('Content-Type', 'image/svg+xml');
              res.end(svg);
            }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const report = handedOverReport();
        if (!report) return;
        const target = join(fileURLToPath(dir), DIAGRAMS_PATH);
        for (const [name, svg] of await files(report)) {
          mkdirSync(target, { recursive: true });
          writeFileSync(join(target, name), svg);
        }
      },
    },
  };
}

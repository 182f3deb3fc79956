import type { Report } from '../model/types.ts';
import { diagramKey, everyDiagram, type DrawnDiagrams } from './diagram-ids.ts';
import { figureId } from './figures.ts';
import { withDiagramId } from './diagram-ids.ts';

/** Each drawn diagram as a standalone file, `fig-2-1.svg`, named like its figure's anchor. */
export function diagramFiles(report: Report, diagrams: DrawnDiagrams): Map<string, string> {
  const files = new Map<string, string>();
  for (const figure of everyDiagram(report)) {
    const svg = diagrams.get(diagramKey(figure));
    if (svg)
      files.set(
        `${figureId(figure)}.svg`,
        `<?xml version="1.0" encoding="UTF-8"?>\n${withDiagramId(svg, 'diagram')}\n`,
      );
  }
  return files;
}

import type { Diagnostics } from './diagnostics.ts';
import type { Figure } from './types.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;
interface ParseError {
  message?: string;
  hash?: { loc?: { first_line: number; first_column: number } };
}

let mermaidReady: Promise<{ parse(text: string): Promise<unknown> }> | undefined;

/**
 * Mermaid's parser needs a DOM (DOMPurify), so it runs under jsdom. Loading it costs most of a
 * second, so it happens once, and only when the report has diagrams.
 */
function loadMermaid() {
  mermaidReady ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement'] as const) {
      if (!(key in g)) g[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
    }
    const { default: mermaid } = await import('mermaid');
    return mermaid;
  })();
  return mermaidReady;
}

/** Reports each diagram that Mermaid cannot parse, at the line of the fence where the error is. */
export async function checkMermaid(figures: MermaidFigure[], diags: Diagnostics): Promise<void> {
  if (figures.length === 0) return;
  const mermaid = await loadMermaid();
  for (const figure of figures) {
    try {
      await mermaid.parse(figure.source);
    } catch (error) {
      const { message = String(error), hash } = error as ParseError;
      const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
      const detail = lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? '');
      const loc = hash?.loc;
      diags.add('mermaid-syntax', {
        file: figure.at.file,
        // Diagram line N is file line fence + N; columns count from the fence's indentation.
        line: figure.at.line + (loc?.first_line ?? 1),
        column: (loc ? loc.first_column + 1 : 1) + figure.at.column - 1,
      }, { detail });
    }
  }
}

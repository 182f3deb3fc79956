import type { Diagnostics } from './diagnostics.ts';
import type { DiagramCache } from './mermaid-cache.ts';
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
export async function checkMermaid(figures: MermaidFigure[], diags: Diagnostics, cache?: DiagramCache): Promise<void> {
  const unchecked = figures.filter((figure) => !cache?.has(figure.source));
  if (unchecked.length === 0) return;
  const mermaid = await loadMermaid();
  for (const figure of unchecked) {
    try {
      await mermaid.parse(figure.source);
      cache?.add(figure.source);
    } catch (error) {
      const { message = String(error), hash } = error as ParseError;
      const { detail, line, column } = describeParseError(message, figure.source, hash?.loc);
      // Diagram line N is file line fence + N; columns count from the fence's indentation.
      diags.add('mermaid-syntax', { file: figure.at.file, line: figure.at.line + line, column: column + figure.at.column - 1 }, { detail });
    }
  }
}

/**
 * Mermaid's parsers say `Parse error on line N:` (with a location) or `Lexical error on line N.`
 * (without one), then an excerpt and a caret. The column of a lexical error is found by looking
 * for the excerpt's text after the caret in the diagram's line.
 */
export function describeParseError(message: string, source: string, loc?: { first_line: number; first_column: number }) {
  const lines = message.split('\n');
  const expecting = lines.find((l) => l.startsWith('Expecting'));
  const detail = [lines[0]?.trim(), expecting?.trim()].filter(Boolean).join(' ');
  const line = loc?.first_line ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  let column = loc ? loc.first_column + 1 : 1;
  const caretAt = lines.findIndex((l) => /^-*\^$/.test(l));
  if (!loc && caretAt > 0) {
    const after = lines[caretAt - 1]!.slice(lines[caretAt]!.length - 1).slice(0, 8);
    const found = after ? (source.split('\n')[line - 1] ?? '').indexOf(after) : -1;
    if (found >= 0) column = found + 1;
  }
  return { detail, line, column };
}

import { Worker } from 'node:worker_threads';
import type { Diagnostics } from './diagnostics.ts';
import { typographicArrow } from './fix-hints.ts';
import type { DiagramCache } from './mermaid-cache.ts';
import type { Figure } from './types.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;
interface Loc {
  first_line: number;
  first_column: number;
}
interface Verdict {
  id: number;
  message?: string;
  loc?: Loc;
}

/** One worker for the whole process, loaded once; it keeps the process alive only while it has work. */
let shared: { worker: Worker; pending: Map<number, (verdict: Verdict) => void>; next: number } | undefined;

function sharedWorker() {
  if (shared) return shared;
  const worker = new Worker(new URL('./mermaid-worker.mjs', import.meta.url));
  const pending = new Map<number, (verdict: Verdict) => void>();
  worker.unref();
  worker.on('message', (verdict: Verdict) => {
    pending.get(verdict.id)?.(verdict);
    pending.delete(verdict.id);
    if (pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => {
    for (const [id, done] of pending) done({ id, message: `Mermaid could not run: ${error.message}` });
    pending.clear();
    shared = undefined;
  });
  shared = { worker, pending, next: 0 };
  return shared;
}

/**
 * Checks Mermaid diagrams on a worker thread: loading Mermaid under jsdom takes over a second and
 * each diagram a few milliseconds, time the main thread spends reading the other files. Diagrams
 * are submitted as pages are read; `finish` reports each one Mermaid rejects, at its line.
 */
/** Mermaid's own default `maxTextSize`: a longer diagram is drawn only as "Maximum text size in diagram exceeded". */
export const MERMAID_MAX_TEXT = 50_000;

export class MermaidChecker {
  private readonly results: Promise<[MermaidFigure, Verdict]>[] = [];
  private readonly tooLarge: MermaidFigure[] = [];

  /** `parse: false` when the caller draws every diagram anyway (a build), which checks it once. */
  constructor(
    private readonly cache?: DiagramCache,
    private readonly parse = true,
  ) {}

  submit(figure: MermaidFigure): void {
    if (figure.source.length > MERMAID_MAX_TEXT) {
      this.tooLarge.push(figure);
      return;
    }
    if (!this.parse || this.cache?.has(figure.source)) return;
    const worker = sharedWorker();
    const id = worker.next++;
    worker.worker.ref();
    this.results.push(new Promise((done) => worker.pending.set(id, (verdict) => done([figure, verdict]))));
    worker.worker.postMessage({ id, source: figure.source });
  }

  async finish(diags: Diagnostics): Promise<void> {
    for (const figure of this.tooLarge) diags.add('mermaid-too-large', figure.at, { length: figure.source.length, limit: MERMAID_MAX_TEXT });
    for (const [figure, verdict] of await Promise.all(this.results)) {
      if (verdict.message === undefined) this.cache?.add(figure.source);
      else addMermaidError(diags, figure, verdict.message, verdict.loc ? { loc: verdict.loc } : {});
    }
  }
}

/**
 * Mermaid's refusal of a diagram, at its line in the page: from the checker here, or from
 * Chromium when a build draws the diagrams itself instead of having them checked first.
 */
export function addMermaidError(diags: Diagnostics, figure: MermaidFigure, message: string, from: { loc?: Loc; drawing?: boolean } = {}): void {
  // Anything the parser says is about the text; Chromium may also fail for other reasons.
  const syntax = !from.drawing || /^(Parse|Lexical) error/.test(message);
  // Mermaid's lexer only says "Unrecognized text"; a typographic dash in an arrow is the usual cause.
  const dash = syntax ? typographicArrow(figure.source) : undefined;
  if (dash) {
    diags.add('mermaid-dash', { file: figure.at.file, line: figure.at.line + dash.line, column: dash.column + figure.at.column - 1 }, { dash: dash.dash });
    return;
  }
  const { detail, line, column } = describeParseError(message, figure.source, from.loc);
  // Diagram line N is file line fence + N; columns count from the fence's indentation. Mermaid may
  // place an error at the end of input, past the diagram's last line.
  const within = Math.min(line, figure.source.split('\n').length);
  const at = { file: figure.at.file, line: figure.at.line + within, column: figure.at.column + (within === line ? column : 1) - 1 };
  diags.add(syntax ? 'mermaid-syntax' : 'mermaid-draw', at, { detail });
}

/**
 * Mermaid's parsers say `Parse error on line N:` (with a location) or `Lexical error on line N.`
 * (without one), then an excerpt and a caret. The column of a lexical error is found by looking
 * for the excerpt's text after the caret in the diagram's line.
 */
export function describeParseError(message: string, source: string, loc?: Loc) {
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

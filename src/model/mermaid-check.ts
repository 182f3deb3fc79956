import type { Diagnostics } from './diagnostics.ts';
import { typographicArrow } from './fix-hints.ts';
import type { Figure } from './types.ts';

type MermaidFigure = Extract<Figure, { kind: 'mermaid' }>;

interface Loc {
  first_line: number;
  first_column: number;
}

/** Mermaid's verdict on one diagram: no message when it parses, else Mermaid's message and, if given, where. */
export interface DiagramVerdict {
  message?: string;
  loc?: Loc;
}

/** Runs Mermaid's parser on a diagram's source (src/node/mermaid-parser.ts does so on a worker thread). */
export type DiagramParser = (source: string) => Promise<DiagramVerdict>;

/** Remembers diagrams Mermaid has already accepted, so unchanged ones are not parsed again (src/node/mermaid-cache.ts). */
export interface DiagramCache {
  has(source: string): boolean;
  add(source: string): void;
  save(): void;
}
/**
 * Checks Mermaid diagrams on a worker thread: loading Mermaid under jsdom takes over a second and
 * each diagram a few milliseconds, time the main thread spends reading the other files. Diagrams
 * are submitted as pages are read; `finish` reports each one Mermaid rejects, at its line.
 */
/** Mermaid's own default `maxTextSize`: a longer diagram is drawn only as "Maximum text size in diagram exceeded". */
export const MERMAID_MAX_TEXT = 50_000;

export class MermaidChecker {
  private readonly results: Promise<[MermaidFigure, DiagramVerdict]>[] = [];
  private readonly tooLarge: MermaidFigure[] = [];

  constructor(
    private readonly cache?: DiagramCache,
    private readonly parse?: DiagramParser,
  ) {}

  submit(figure: MermaidFigure): void {
    if (figure.source.length > MERMAID_MAX_TEXT) {
      this.tooLarge.push(figure);
      return;
    }
    if (!this.parse || this.cache?.has(figure.source)) return;
    this.results.push(this.parse(figure.source).then((verdict) => [figure, verdict]));
  }

  async finish(diags: Diagnostics): Promise<void> {
    for (const figure of this.tooLarge)
      diags.add('mermaid-too-large', figure.at, { length: figure.source.length, limit: MERMAID_MAX_TEXT });
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
export function addMermaidError(
  diags: Diagnostics,
  figure: MermaidFigure,
  message: string,
  from: { loc?: Loc; drawing?: boolean } = {},
): void {
  // Anything the parser says is about the text; Chromium may also fail for other reasons.
  const syntax = !from.drawing || /^(Parse|Lexical) error/.test(message);
  // Mermaid's lexer only says "Unrecognized text"; a typographic dash in an arrow is the usual cause.
  const dash = syntax ? typographicArrow(figure.source) : undefined;
  if (dash) {
    diags.add(
      'mermaid-dash',
      { file: figure.at.file, line: figure.at.line + dash.line, column: dash.column + figure.at.column - 1 },
      { dash: dash.dash },
    );
    return;
  }
  const { detail, line, column } = describeParseError(message, figure.source, from.loc);
  // Diagram line N is file line fence + N; columns count from the fence's indentation. Mermaid may
  // place an error at the end of input, past the diagram's last line.
  const within = Math.min(line, figure.source.split('\n').length);
  const at = {
    file: figure.at.file,
    line: figure.at.line + within,
    column: figure.at.column + (within === line ? column : 1) - 1,
  };
  diags.add(syntax ? 'mermaid-syntax' : 'mermaid-draw', at, { detail });
}

/**
 * Mermaid's parsers say `Parse error on line N:` (with a location) or `Lexical error on line N.`
 * (without one), then an excerpt and a caret. The column of a lexical error is found by looking
 * for the excerpt's text after the caret in the diagram's line.
 */
function describeParseError(message: string, source: string, loc?: Loc) {
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

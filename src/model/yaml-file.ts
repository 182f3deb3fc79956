import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostics, Place } from './diagnostics.ts';
import { explainYamlError } from './yaml-errors.ts';
import { limits } from './limits.ts';
import { yamlTooDeep } from './nesting.ts';

/** Where a YAML text starts inside its file (frontmatter and fences are not at 1:1). */
export interface Offset {
  line: number;
  column: number;
}

/** A parsed YAML text that remembers where every value came from. */
export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  offset: Offset;
  value: unknown;
}

export type DataPath = readonly (string | number)[];

/** Parses YAML keeping positions; syntax errors become diagnostics and the result is undefined. */
export function parseYaml(
  text: string,
  file: string,
  diags: Diagnostics,
  offset: Offset = { line: 0, column: 0 },
): YamlFile | undefined {
  const deep = yamlTooDeep(text);
  if (deep) {
    diags.add(
      'too-deep',
      { file, line: deep.line + offset.line, column: 1 },
      { depth: deep.depth, limit: limits.nesting },
    );
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    // Later syntax errors are almost always echoes of the first one.
    const mistake = explainYamlError(text, error);
    const { line, col } = lines.linePos(mistake.offset);
    diags.add(mistake.code, { file, line: line + offset.line, column: col + offset.column }, mistake.params);
    return undefined;
  }
  try {
    return { file, doc, lines, offset, value: doc.toJS() };
  } catch (failure) {
    // toJS fails on an alias with no anchor (`*name`, easily typed by accident).
    let at = 0;
    visit(doc, { Alias: (_, node) => void (at ||= node.range?.[0] ?? 0) });
    const { line, col } = lines.linePos(at);
    diags.add(
      'yaml-syntax',
      { file, line: line + offset.line, column: col + offset.column },
      { reason: 'BAD_ALIAS', detail: firstLine((failure as Error).message) },
    );
    return undefined;
  }
}

/** `[3].sources[0]` for ['3', 'sources', 0]: the form authors see in messages. */
export function formatPath(path: DataPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/**
 * The position of the value at `path` (or of its key, with `atKey`). A path that does not exist,
 * such as a missing field, resolves to the nearest enclosing value that does.
 */
export function placeOf(yaml: YamlFile, path: DataPath, atKey = false): Place {
  let node: unknown = yaml.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (pair && atKey && i === path.length - 1) next = pair.key;
      else next = pair?.value ?? undefined;
      if (pair && next === null) next = pair.key;
    } else if (isSeq(node) && typeof part === 'number') {
      next = node.items[part];
    }
    const start = rangeStart(next);
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  const { line, col } = yaml.lines.linePos(offset);
  return {
    file: yaml.file,
    line: line + yaml.offset.line,
    column: col + yaml.offset.column,
    path: formatPath(path),
  };
}

/** A scalar exactly as written in the file (`4.80`, not 4.8); undefined where there is none. */
export function writtenText(yaml: YamlFile, path: DataPath): string | undefined {
  const node = yaml.doc.getIn(path, true);
  return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

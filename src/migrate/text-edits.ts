import { Document, YAMLMap, type Node, type Pair } from 'yaml';

interface Edit {
  from: number;
  to: number;
  text: string;
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

/**
 * Changes to one YAML text, made as replacements of the exact spans of the nodes that change.
 * Re-printing a whole document would reflow text and re-indent lists the author never touched,
 * so only the new nodes are printed (by the `yaml` library) and everything else stays byte for byte.
 */
export class TextEdits {
  private readonly edits: Edit[] = [];
  constructor(readonly text: string) {}

  get changed(): boolean {
    return this.edits.length > 0;
  }

  /** Replaces a `key: value` pair, with its trailing comment, by `next` at the same indentation. */
  replacePair(pair: Pair, next: Pair): void {
    const from = startOf(pair.key);
    this.edits.push({ from, to: this.contentEnd(pairEnd(pair)), text: this.render(next, this.columnOf(from)) });
  }

  /** Removes a pair with its line(s). */
  deletePair(pair: Pair): void {
    const keyStart = startOf(pair.key);
    const lineStart = this.text.lastIndexOf('\n', keyStart - 1) + 1;
    const from = /^[ \t]*$/.test(this.text.slice(lineStart, keyStart)) ? lineStart : keyStart;
    this.edits.push({ from, to: this.lineEnd(pairEnd(pair)), text: '' });
  }

  /** Adds `pair` on its own line right after the pair `after`, at its indentation. */
  insertAfter(after: Pair, pair: Pair): void {
    const at = this.lineEnd(pairEnd(after));
    const indent = this.columnOf(startOf(after.key));
    const line = ' '.repeat(indent) + this.render(pair, indent);
    this.edits.push({ from: at, to: at, text: this.text[at - 1] === '\n' ? `${line}\n` : `\n${line}` });
  }

  /** Adds `pair` on its own line before the pair `before`, which must start its line. */
  insertBefore(before: Pair, pair: Pair): void {
    const keyStart = startOf(before.key);
    const indent = this.columnOf(keyStart);
    this.edits.push({ from: keyStart, to: keyStart, text: `${this.render(pair, indent)}\n${' '.repeat(indent)}` });
  }

  /** Replaces the text of one scalar value, keeping its comment. */
  replaceScalar(node: Node, text: string): void {
    const range = (node as Ranged)?.range;
    if (!range) throw new Error('scalar without a position');
    this.edits.push({ from: range[0], to: range[1], text });
  }

  /** The text with every edit made. */
  apply(): string {
    const sorted = [...this.edits].sort((a, b) => b.from - a.from || b.to - a.to);
    let text = this.text;
    let limit = Infinity;
    for (const edit of sorted) {
      if (edit.to > limit) throw new Error('overlapping edits');
      text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
      limit = edit.from;
    }
    return this.text.includes('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
  }

  /** One pair printed in block style, its continuation lines indented to `column`. */
  private render(pair: Pair, column: number): string {
    const map = new YAMLMap();
    map.items.push(pair);
    const doc = new Document();
    doc.contents = map;
    const lines = doc.toString({ lineWidth: 0 }).replace(/\n$/, '').split('\n');
    return lines.map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line)).join('\n');
  }

  private columnOf(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** Where a node's own text ends: before the line break and blank lines its range may include. */
  private contentEnd(end: number): number {
    let at = end;
    while (at > 0 && /\s/.test(this.text[at - 1]!)) at--;
    return at;
  }

  /** Just after the line break that ends the line holding `end - 1`. */
  private lineEnd(end: number): number {
    const at = this.contentEnd(end);
    const newline = this.text.indexOf('\n', at);
    return newline === -1 ? this.text.length : newline + 1;
  }
}

function startOf(node: unknown): number {
  const range = (node as Ranged)?.range;
  if (!range) throw new Error('node without a position');
  return range[0];
}

function pairEnd(pair: Pair): number {
  const value = (pair.value as Ranged)?.range;
  return value ? value[2] : ((pair.key as Ranged)?.range?.[2] ?? startOf(pair.key));
}

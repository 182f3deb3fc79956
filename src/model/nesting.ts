import { limits } from './limits.ts';

/**
 * How deeply a text nests, measured line by line before any parser runs: parsers recurse once per
 * level, so 100,000 nested `>` would take minutes and then overflow the stack.
 */
export interface Nesting {
  depth: number;
  /** 1-based line where the depth is first over the limit. */
  line: number;
}

// A block quote marker or a list item marker at the start of what is left of the line.
const container = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;

/** Block quotes and list items opened on one line, plus indentation (two spaces a level). */
export function markdownTooDeep(text: string): Nesting | undefined {
  return firstOver(text, (line) => {
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    let depth = Math.floor(indent / 2);
    container.lastIndex = 0;
    while (depth <= limits.nesting && container.test(line)) depth++;
    return depth;
  });
}

/** Indentation (two spaces a level), `- ` items opened on one line, and open [ and { brackets. */
export function yamlTooDeep(text: string): Nesting | undefined {
  let open = 0;
  return firstOver(text, (line) => {
    const indent = /^[ \t]*/.exec(line)![0].length;
    const dashes = /^(?:[ \t]*-(?=[ \t]))*/.exec(line)![0].split('-').length - 1;
    let deepest = open;
    // Brackets inside quotes are rare enough in data files to count anyway: the limit is far above real use.
    for (const c of line) {
      if (deepest > limits.nesting) break;
      if (c === '[' || c === '{') deepest = Math.max(deepest, ++open);
      else if ((c === ']' || c === '}') && open > 0) open--;
      else if (c === '#' && open === 0) break;
    }
    return Math.floor(indent / 2) + dashes + deepest;
  });
}

function firstOver(text: string, depthOf: (line: string) => number): Nesting | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const depth = depthOf(lines[i]!);
    if (depth > limits.nesting) return { depth, line: i + 1 };
  }
  return undefined;
}

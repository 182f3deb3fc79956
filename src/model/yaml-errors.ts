import type { YAMLError } from 'yaml';
import type { DiagnosticCode } from '../i18n/diagnostics.ts';

/** A YAML syntax error restated for an author: which mistake, and the offset where it starts. */
export interface YamlMistake {
  code: DiagnosticCode;
  offset: number;
  params: Record<string, string>;
}

const fullWidthColonKey = /^(\s*(?:-\s+)?)([^\s:#：][^:#：\n]*?)：/;
const missingSpaceKey = /^(\s*(?:-\s+)?)([A-Za-z0-9_-]+):(?=[^\s/])/;

/**
 * The yaml library reports where it noticed a problem, in English; an author needs where the
 * broken construct starts and what to type instead. Unrecognised errors keep yaml's code, which
 * the catalogue words in each language.
 */
export function explainYamlError(text: string, error: YAMLError): YamlMistake {
  const at = error.pos[0];
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd);

  if (error.code === 'TAB_AS_INDENT') return { code: 'yaml-tab', offset: lineStart + line.indexOf('\t'), params: {} };
  const colon = fullWidthColonKey.exec(line);
  if (colon && ['MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR'].includes(error.code)) {
    return { code: 'yaml-fullwidth-colon', offset: lineStart + colon[0].length - 1, params: { key: colon[2]!.trim() } };
  }
  const cramped = missingSpaceKey.exec(line);
  if (cramped && error.code === 'MULTILINE_IMPLICIT_KEY') {
    return { code: 'yaml-colon-space', offset: lineStart + cramped[0].length - 1, params: { key: cramped[2]! } };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // A value followed by a line indented deeper than its key: the deeper line is the mistake.
    const next = /\n([ ]*)(?=\S)/.exec(text.slice(lineEnd));
    if (next)
      return {
        code: 'yaml-syntax',
        offset: lineEnd + next.index + next[0].length,
        params: { reason: 'BAD_INDENT', detail: '' },
      };
  }
  if (/flow (sequence|map|collection)/i.test(error.message)) {
    const open = unclosedBracket(text, at);
    if (open !== undefined)
      return {
        code: 'yaml-unclosed',
        offset: open,
        params: { open: text[open]!, close: text[open] === '[' ? ']' : '}' },
      };
  }
  if (/closing ["']?quote/i.test(error.message)) {
    const open = unclosedQuote(text, at);
    if (open !== undefined)
      return { code: 'yaml-unclosed', offset: open, params: { open: text[open]!, close: text[open]! } };
  }
  return {
    code: 'yaml-syntax',
    offset: at,
    params: { reason: error.code, detail: error.message.split('\n')[0]!.trim() },
  };
}

/** The `[` or `{` before `end` that nothing closes, skipping quoted text and comments. */
function unclosedBracket(text: string, end: number): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n' && quote === "'") quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!)))
      i = text.indexOf('\n', i) === -1 ? end : text.indexOf('\n', i);
    else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length) stack.pop();
  }
  return stack.at(-1);
}

/** The opening quote of a quoted value that runs to `end` without its closing quote. */
function unclosedQuote(text: string, end: number): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (open !== undefined) {
      if (c === text[open] && text[i - 1] !== '\\') open = undefined;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) open = i;
  }
  return open;
}

import type { Entry, Hint } from './diagnostic-entry.ts';

/**
 * The catalogue's entries for YAML syntax (src/model/yaml-errors.ts picks the entry and the place);
 * kept beside diagnostics.ts, which spreads them into the one catalogue.
 */

/** yaml's error codes (YAMLError.code) that src/model/yaml-errors.ts does not restate itself. */
const yamlReasons: Record<string, Hint> = {
  BAD_INDENT: {
    'zh-CN': '缩进不对：同一层的各项应从同一列开始',
    en: 'wrong indentation: items of one level must start in the same column',
  },
  MULTILINE_IMPLICIT_KEY: {
    'zh-CN': '键名必须写在一行内，后接“: ”（冒号加空格）',
    en: 'a key must fit on one line and be followed by ": " (a colon and a space)',
  },
  MISSING_CHAR: {
    'zh-CN': '缺少字符：键后应有“: ”，或括号、引号未闭合',
    en: 'a character is missing: a key needs ": " after it, or a bracket or quote is not closed',
  },
  DUPLICATE_KEY: {
    'zh-CN': '同一映射中键名重复；删除或改名其中之一',
    en: 'a key appears twice in one mapping; remove or rename one of them',
  },
  UNEXPECTED_TOKEN: {
    'zh-CN': '这里出现了不该有的字符；值中含有 : # [ ] { } 时请加引号',
    en: 'an unexpected character; quote values that contain : # [ ] { }',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    'zh-CN': '多行内容不能作为键名；检查上一行末尾是否漏了冒号',
    en: 'a block cannot be a key; check whether the line above lacks a colon',
  },
  BAD_SCALAR_START: {
    'zh-CN': '值不能以这个字符开头（如 @ 或 `）；请给值加引号',
    en: 'a value cannot start with this character (such as @ or `); quote the value',
  },
  MULTIPLE_DOCS: {
    'zh-CN': '一个文件只能有一个 YAML 文档；删除多余的 ---',
    en: 'a file may hold one YAML document only; remove the extra ---',
  },
  BAD_DQ_ESCAPE: {
    'zh-CN': '双引号中的反斜杠转义无效；改用单引号或写成 \\\\',
    en: 'invalid backslash escape inside double quotes; use single quotes or write \\\\',
  },
  BAD_ALIAS: {
    'zh-CN': '* 开头的值是 YAML 别名，但没有对应的 & 锚点；以 * 开头的文字请加引号',
    en: 'a value starting with * is a YAML alias without a matching & anchor; quote text that starts with *',
  },
};

export const yamlEntries = {
  'yaml-syntax': {
    severity: 'error',
    'zh-CN': (p) => `YAML 语法错误：${yamlReasons[p.reason as string]?.['zh-CN'] ?? `无法解析（${p.detail}）`}`,
    en: (p) => `YAML syntax error: ${yamlReasons[p.reason as string]?.en ?? `cannot be read (${p.detail})`}`,
  },
  'yaml-tab': {
    severity: 'error',
    'zh-CN': () => 'YAML 语法错误：这一行用 Tab 缩进；YAML 只能用空格缩进，把 Tab 换成空格（每级 2 个）',
    en: () =>
      'YAML syntax error: this line is indented with a tab; YAML allows only spaces, so replace the tab with spaces (2 per level)',
  },
  'yaml-fullwidth-colon': {
    severity: 'error',
    'zh-CN': (p) => `YAML 语法错误：键“${p.key}”后面是全角冒号“：”；应为半角冒号加空格，写成 ${p.key}: 值`,
    en: (p) =>
      `YAML syntax error: the key "${p.key}" is followed by a full-width colon "："; write an ASCII colon and a space: ${p.key}: value`,
  },
  'yaml-colon-space': {
    severity: 'error',
    'zh-CN': (p) => `YAML 语法错误：键“${p.key}”的冒号后缺少空格；写成 ${p.key}: 值`,
    en: (p) => `YAML syntax error: the colon after the key "${p.key}" needs a space after it: ${p.key}: value`,
  },
  'yaml-unclosed': {
    severity: 'error',
    'zh-CN': (p) => `YAML 语法错误：从这里开始的 ${p.open} 没有闭合；在这一项的末尾补上 ${p.close}`,
    en: (p) =>
      `YAML syntax error: the ${p.open} that starts here is never closed; add ${p.close} at the end of this item`,
  },
} satisfies Record<string, Entry>;

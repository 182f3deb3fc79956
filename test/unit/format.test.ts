import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { formatDiagnostics } from '../../src/model/format.ts';

const stance = (file: string, line: number): Diagnostic => ({
  code: 'stance-not-recorded',
  severity: 'warning',
  file,
  line,
  column: 5,
  path: `[${line}].evidence[0]`,
  message:
    'the evidence item records no stance (supports, contradicts or context); pages and the PDF will say "not recorded"',
});
const other: Diagnostic = {
  code: 'dataset-no-method',
  severity: 'warning',
  file: 'data/a.yaml',
  line: 1,
  column: 1,
  path: 'method',
  message: 'no method',
};

describe('what validate prints', () => {
  const many = [
    stance('data/claims.yaml', 10),
    other,
    ...[12, 14, 16, 18].map((line) => stance('data/claims.yaml', line)),
    stance('data/more.yaml', 3),
  ];

  it('sums up many warnings of an optional field in one file: one line at the first, with the count and the next positions', () => {
    const lines = formatDiagnostics(many, 'en');
    expect(lines).toEqual([
      `data/claims.yaml:10:5  [10].evidence[0]  warning: ${many[0]!.message}\n    5 in this file, starting here, then 12:5, 14:5, 16:5 and more; --verbose lists each one`,
      'data/a.yaml:1:1  method  warning: no method',
      `data/more.yaml:3:5  [3].evidence[0]  warning: ${many[0]!.message}`,
    ]);
    expect(formatDiagnostics(many, 'zh-CN')[0]).toContain(
      '本文件共 5 处，从这里起依次在 12:5、14:5、16:5 等处；加 --verbose 逐条列出',
    );
  });

  it('lists each one with --verbose, and with --strict, where each is an error to fix', () => {
    expect(formatDiagnostics(many, 'en', { verbose: true })).toHaveLength(7);
    const strict = formatDiagnostics(many, 'en', { strict: true });
    expect(strict).toHaveLength(7);
    expect(strict[0]).toContain('warning (treated as error)');
  });
});

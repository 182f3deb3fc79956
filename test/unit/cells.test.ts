import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/model/cells.ts';
import type { Column } from '../../src/schema/dataset.ts';

const status: Column = { id: 'kylin', label: '麒麟', type: 'status' };

describe('status cells', () => {
  it('accept the labels the site shows, in either language, as well as the status names', () => {
    expect(readCell('部分支持', status, true)).toEqual({ ok: true, value: { status: 'partial' } });
    expect(readCell('不适用：无 ARM 版本', status, true)).toEqual({
      ok: true,
      value: { status: 'not-applicable', note: '无 ARM 版本' },
    });
    expect(readCell('N/A', status, true)).toEqual({ ok: true, value: { status: 'not-applicable' } });
    expect(readCell('Partial: needs a patch', status, false)).toEqual({
      ok: true,
      value: { status: 'partial', note: 'needs a patch' },
    });
    expect(readCell({ status: '支持', note: '官方认证' }, status, false)).toEqual({
      ok: true,
      value: { status: 'supported', note: '官方认证' },
    });
    expect(readCell('partial', status, true)).toEqual({ ok: true, value: { status: 'partial' } });
  });

  it('refuse other words', () => {
    expect(readCell('基本支持', status, true)).toEqual({ ok: false });
    expect(readCell({ status: 'yes' }, status, false)).toEqual({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/i18n/diagnostic-entry.ts';
import { catalogue } from '../../src/i18n/diagnostics.ts';
import { locales } from '../../src/schema/report.ts';

/** Facts whose value picks a wording; every other fact is shown as ‹name› so a dropped one is visible. */
const closedFacts: Params = { rule: 'band-type', need: 'metric', origin: 'array', min: 2, count: 2, field: 'accessed' };
const facts = new Proxy(closedFacts, { get: (known, key: string) => known[key] ?? `‹${key}›` });

const han = /\p{Script=Han}/u;

describe('diagnostics catalogue', () => {
  const codes = Object.keys(catalogue) as (keyof typeof catalogue)[];

  it('has codes', () => {
    expect(codes.length).toBeGreaterThan(30);
  });

  it.each(codes)('%s has a severity and a wording in every locale', (code) => {
    const entry = catalogue[code];
    expect(['error', 'warning']).toContain(entry.severity);
    for (const locale of locales) {
      const wording = (entry as Record<string, unknown>)[locale];
      expect(typeof wording, `${code} has no ${locale} wording`).toBe('function');
      const text = (wording as (p: Params) => string)(facts);
      expect(text.trim(), `${code} in ${locale}`).not.toBe('');
      expect(text, `${code} in ${locale}`).not.toMatch(/undefined|NaN|\[object /);
    }
  });

  it.each(codes.filter((code) => code !== 'schema-other'))(
    '%s reads as Chinese in zh-CN and as English in en',
    (code) => {
      const entry = catalogue[code];
      expect(entry['zh-CN'](facts)).toMatch(han);
      expect(entry.en(facts)).not.toMatch(han);
    },
  );
});

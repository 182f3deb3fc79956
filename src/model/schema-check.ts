import type { z } from 'zod';
import type { Diagnostics, Place } from './diagnostics.ts';
import { fullWidthKeyHint } from './fix-hints.ts';
import { describeValue, didYouMean, listOf, oneOf, typeName } from '../i18n/words.ts';
import { placeOf, type DataPath, type YamlFile } from './yaml-file.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed YAML value against a schema. Every zod issue becomes a diagnostic at the
 * YAML position it concerns, worded as "expected …, found …". Returns the typed value, or
 * undefined when anything is wrong.
 */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  yaml: YamlFile,
  diags: Diagnostics,
  base: DataPath = [],
): z.infer<S> | undefined {
  const value = getAt(yaml.value, base);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) report(issue, schema, yaml, diags, base, value);
  return undefined;
}

function report(
  issue: Issue,
  schema: z.ZodType,
  yaml: YamlFile,
  diags: Diagnostics,
  base: DataPath,
  root: unknown,
): void {
  const locale = diags.locale;
  const path = [...base, ...(issue.path as (string | number)[])];
  const found = getAt(root, issue.path as DataPath);
  const at = placeOf(yaml, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected, locale);
      if (found === undefined) {
        diags.add('missing-field', at, { key: String(path.at(-1)), expected });
      } else {
        diags.add('wrong-type', at, { expected, found: describeValue(found, locale) });
      }
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      notAChoice(diags, at, found, options, String(path.at(-1)), oneOf(options, locale));
      return;
    }
    case 'invalid_union': {
      const noMatch = issue as { note?: string; options?: unknown[]; discriminator?: string };
      if (noMatch.note === 'No matching discriminator' && noMatch.options) {
        const options = noMatch.options.map(String);
        const key = String(noMatch.discriminator ?? path.at(-1));
        const discriminant = getAt(root, [...(issue.path as DataPath)]);
        notAChoice(diags, at, discriminant, options, key, listOf(options, locale));
        return;
      }
      const expected = issue.errors.flatMap((branch) =>
        branch
          .filter((i) => i.path.length === 0 && i.code === 'invalid_type')
          .map((i) => typeName((i as { expected: string }).expected, locale)),
      );
      diags.add('wrong-type', at, {
        expected: listOf([...new Set(expected)], locale),
        found: describeValue(found, locale),
      });
      return;
    }
    case 'unrecognized_keys': {
      const allowed = objectKeysAt(schema, issue.path as DataPath, root);
      for (const key of issue.keys) {
        diags.add(
          'unknown-field',
          placeOf(yaml, [...path, key], true),
          { key, expected: listOf(allowed, locale) },
          fullWidthKeyHint(key, allowed) ?? didYouMean(key, allowed),
        );
      }
      return;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      diags.add('too-small', at, { origin: String(issue.origin), min, found: describeValue(found, locale) });
      return;
    }
    case 'invalid_format':
    case 'custom': {
      diags.add('bad-format', at, { expected: typeName(issue.message, locale), found: describeValue(found, locale) });
      return;
    }
    default:
      diags.add('schema-other', at, { detail: issue.message });
  }
}

export function getAt(value: unknown, path: DataPath): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  valueType?: z.ZodType;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys an object schema allows at `path`, choosing union members by the data's own discriminator. */
function objectKeysAt(schema: z.ZodType, path: DataPath, root: unknown): string[] {
  let current: z.ZodType | undefined = schema;
  let value = root;
  for (let i = 0; i <= path.length && current; i++) {
    current = unwrap(current, value);
    if (i === path.length) break;
    const def = defOf(current);
    const part = path[i]!;
    current =
      def.type === 'object'
        ? def.shape?.[String(part)]
        : def.type === 'array'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : undefined;
    value = getAt(value, [part]);
  }
  const def = current ? defOf(current) : undefined;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else if (def.type === 'union' && def.options) {
      const key = def.discriminator;
      const tag = key ? getAt(value, [key]) : undefined;
      const match = def.options.find((option) => {
        const shape = defOf(option).shape;
        return key && shape?.[key] ? defOf(shape[key]).values?.includes(tag) : false;
      });
      current = match ?? def.options.find((option) => defOf(option).type === 'object') ?? def.options[0]!;
    } else return current;
  }
}

/** A value that must be one of `options`: missing (`missing` says what was expected), or another one, with a guess at the one meant. */
function notAChoice(
  diags: Diagnostics,
  at: Place,
  found: unknown,
  options: string[],
  key: string,
  missing: string,
): void {
  const locale = diags.locale;
  if (found === undefined) diags.add('missing-field', at, { key, expected: missing });
  else
    diags.add(
      'not-in-enum',
      at,
      { expected: listOf(options, locale), found: describeValue(found, locale) },
      typeof found === 'string' ? didYouMean(found, options) : undefined,
    );
}

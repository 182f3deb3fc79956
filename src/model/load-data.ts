import { posix } from 'node:path';
import { z } from 'zod';
import { claimSchema } from '../schema/claim.ts';
import { columnSchema, datasetSchema, numericColumnTypes, type Column, type DatasetDecl } from '../schema/dataset.ts';
import type { DatasetShape } from './column-refs.ts';
import { sourceSchema } from '../schema/source.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { ReportFiles } from './files.ts';
import type { References } from './references.ts';
import { Registry } from './registry.ts';
import { limits } from './limits.ts';
import { readText } from './read-text.ts';
import { checkSchema, getAt } from './schema-check.ts';
import type { ClaimEntry, Dataset, Row, SourceEntry } from './types.ts';
import { settleNumberFormat } from './number-format.ts';
import { describeValue, listOf, typeName } from '../i18n/words.ts';
import { readCsvRows, readRow } from './dataset-rows.ts';
import { parseYaml, placeOf, writtenText, type YamlFile } from './yaml-file.ts';

const columnListSchema = z.array(columnSchema).min(1);

export const SOURCES_FILE = 'data/sources.yaml';
export const CLAIMS_FILE = 'data/claims.yaml';

/** Loads a YAML file whose top level is a list, checking each entry on its own so one bad entry hides no other. */
function loadList<T>(
  files: ReportFiles,
  file: string,
  diags: Diagnostics,
  registry: { failAll(): void },
  check: (yaml: YamlFile, index: number) => T | undefined,
): T[] {
  const text = readText(files, file, diags);
  if (text === undefined) return [];
  const yaml = parseYaml(text, file, diags);
  if (!yaml) registry.failAll();
  if (!yaml || yaml.value === null || yaml.value === undefined) return [];
  if (!Array.isArray(yaml.value)) {
    diags.add('wrong-type', placeOf(yaml, []), {
      expected: typeName('array', diags.locale),
      found: describeValue(yaml.value, diags.locale),
    });
    return [];
  }
  return yaml.value.flatMap((_, index) => check(yaml, index) ?? []);
}

export function loadSources(files: ReportFiles, diags: Diagnostics): Registry<SourceEntry> {
  const registry = new Registry<SourceEntry>('source', diags);
  loadList(files, SOURCES_FILE, diags, registry, (yaml, index) => {
    const source = checkSchema(sourceSchema, yaml, diags, [index]);
    if (!source) return registry.fail(getAt(yaml.value, [index, 'id']));
    const at = placeOf(yaml, [index]);
    registry.declare(
      source.id,
      { ...source, at, number: 0, citedBy: [], claims: [], claimsMade: [] },
      placeOf(yaml, [index, 'id']),
    );
  });
  return registry;
}

export function loadClaims(files: ReportFiles, diags: Diagnostics, refs: References): Registry<ClaimEntry> {
  const registry = new Registry<ClaimEntry>('claim', diags);
  loadList(files, CLAIMS_FILE, diags, registry, (yaml, index) => {
    const claim = checkSchema(claimSchema, yaml, diags, [index]);
    if (!claim) return registry.fail(getAt(yaml.value, [index, 'id']));
    if (claim.claimedIn)
      refs.add({ kind: 'source', id: claim.claimedIn.source, at: placeOf(yaml, [index, 'claimedIn', 'source']) });
    claim.evidence.forEach((item, i) => {
      refs.add({ kind: 'source', id: item.source, at: placeOf(yaml, [index, 'evidence', i, 'source']) });
      if (!item.stance) diags.add('stance-not-recorded', placeOf(yaml, [index, 'evidence', i]));
    });
    registry.declare(
      claim.id,
      { ...claim, at: placeOf(yaml, [index]), number: index + 1, citedBy: [] },
      placeOf(yaml, [index, 'id']),
    );
  });
  return registry;
}

/** Every data/**\/*.yaml other than the bibliography and the ledger is a dataset. */
function datasetFiles(files: ReportFiles): string[] {
  return files.list('data').filter((path) => /\.ya?ml$/.test(path) && path !== SOURCES_FILE && path !== CLAIMS_FILE);
}

/** `shapes` receives the columns (and, when all are readable, the rows) of every dataset, broken or not. */
export function loadDatasets(
  files: ReportFiles,
  diags: Diagnostics,
  refs: References,
  shapes: Map<string, DatasetShape>,
): Registry<Dataset> {
  const registry = new Registry<Dataset>('dataset', diags);
  for (const file of datasetFiles(files)) {
    const text = readText(files, file, diags);
    const yaml = text === undefined ? undefined : parseYaml(text, file, diags);
    if (!yaml) {
      registry.fail(/^id:\s*['"]?([^\s'"#]+)/m.exec(text ?? '')?.[1]);
      continue;
    }
    const decl = checkSchema(datasetSchema, yaml, diags);
    if (!decl) {
      const id = getAt(yaml.value, ['id']);
      registry.fail(id);
      const columns = columnListSchema.safeParse(getAt(yaml.value, ['columns']));
      if (typeof id === 'string' && columns.success && !shapes.has(id))
        shapes.set(id, { columns: new Map(columns.data.map((c) => [c.id, c])) });
      continue;
    }
    decl.sources.forEach((id, i) => refs.add({ kind: 'source', id, at: placeOf(yaml, ['sources', i]) }));
    const dataset = buildDataset(decl, yaml, files, diags, shapes);
    if (dataset) registry.declare(decl.id, dataset, placeOf(yaml, ['id']));
    else registry.fail(decl.id);
  }
  return registry;
}

function buildDataset(
  decl: DatasetDecl,
  yaml: YamlFile,
  files: ReportFiles,
  diags: Diagnostics,
  shapes: Map<string, DatasetShape>,
): Dataset | undefined {
  const errorsBefore = diags.errorCount;
  const columnsById = new Map<string, Column>();
  decl.columns.forEach((column, i) => {
    if (columnsById.has(column.id))
      diags.add('duplicate-column', placeOf(yaml, ['columns', i, 'id']), { id: column.id });
    columnsById.set(column.id, column);
  });
  const columnIds = [...columnsById.keys()];
  const keyColumn = decl.rowKey ?? decl.columns[0]!.id;
  if (!columnsById.has(keyColumn)) {
    diags.add('unknown-column', placeOf(yaml, ['rowKey']), {
      dataset: decl.id,
      id: keyColumn,
      expected: listOf(columnIds, diags.locale),
    });
  }
  checkKindColumns(decl, yaml, diags);

  let rows: Row[] = [];
  let csvFile: string | undefined;
  // Numbers as written (4.80, not 4.8), so each column shows the decimals its author gave.
  const texts = new Map<string, string[]>();
  const written = (id: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') texts.set(id, [...(texts.get(id) ?? []), text]);
  };
  if (decl.rows && decl.csv) {
    diags.add('rows-or-csv', placeOf(yaml, ['csv'], true), { found: 'both' });
  } else if (decl.rows && decl.rows.length > limits.datasetRows) {
    diags.add('too-many-rows', placeOf(yaml, ['rows']), { rows: decl.rows.length, limit: limits.datasetRows });
  } else if (decl.rows) {
    rows = decl.rows.map((raw, r) =>
      readRow(raw, columnsById, false, diags, (key, atKey) => placeOf(yaml, ['rows', r, key], atKey)),
    );
    decl.rows.forEach((_, r) => columnIds.forEach((id) => written(id, writtenText(yaml, ['rows', r, id]))));
  } else if (decl.csv) {
    csvFile = posix.normalize(posix.join(posix.dirname(yaml.file), decl.csv));
    rows = readCsvRows(csvFile, files, columnsById, diags, placeOf(yaml, ['csv']), written);
  } else {
    diags.add('rows-or-csv', placeOf(yaml, []), { found: 'neither' });
  }
  for (const [id, column] of columnsById) columnsById.set(id, settleNumberFormat(column, texts.get(id) ?? []));
  const complete = diags.errorCount === errorsBefore;
  if (!shapes.has(decl.id)) shapes.set(decl.id, complete ? { columns: columnsById, rows } : { columns: columnsById });
  if (!complete) return undefined;

  const { rows: _rows, csv: _csv, ...rest } = decl;
  return {
    ...rest,
    columns: [...columnsById.values()],
    file: yaml.file,
    at: placeOf(yaml, []),
    ...(csvFile ? { csvFile } : {}),
    rows,
    columnsById,
    keyColumn,
    usedBy: [],
  };
}

/** What each kind promises beyond the common fields. */
function checkKindColumns(decl: DatasetDecl, yaml: YamlFile, diags: Diagnostics): void {
  const numeric = decl.columns.filter((c) => numericColumnTypes.includes(c.type));
  decl.columns.forEach((column, i) => {
    if (column.better && (!numericColumnTypes.includes(column.type) || !column.unit)) {
      diags.add('metric-needs-unit', placeOf(yaml, ['columns', i]), { id: column.id });
    }
  });
  if (decl.kind === 'benchmark' && !decl.columns.some((c) => c.better)) {
    diags.add('kind-needs-column', placeOf(yaml, ['columns']), { kind: decl.kind, need: 'metric' });
  }
  if (decl.kind === 'adoption' && numeric.length === 0) {
    diags.add('kind-needs-column', placeOf(yaml, ['columns']), { kind: decl.kind, need: 'numeric' });
  }
  if (decl.kind === 'compatibility' && !decl.columns.some((c) => c.type === 'status')) {
    diags.add('kind-needs-column', placeOf(yaml, ['columns']), { kind: decl.kind, need: 'status' });
  }
}

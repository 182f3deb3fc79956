import { isMap, isScalar, Pair, parseDocument, Scalar } from 'yaml';
import { migrateWords } from '../i18n/migrate.ts';
import { Diagnostics, type Diagnostic } from '../model/diagnostics.ts';
import type { ReportFiles } from '../model/files.ts';
import { readText, textOf } from '../model/read-text.ts';
import { checkFormat } from '../model/format-check.ts';
import { CLAIMS_FILE, SOURCES_FILE } from '../model/load-data.ts';
import { declaredLocale, REPORT_FILE } from '../model/load-report.ts';
import { parseYaml, type YamlFile } from '../model/yaml-file.ts';
import { CURRENT_FORMAT, readFormat } from '../schema/format-version.ts';
import type { Locale } from '../schema/report.ts';
import { MigrationContext, type Change } from './context.ts';
import { format1To2 } from './format-1-to-2.ts';

/** The files a migration reads and may rewrite. */
const MIGRATED_FILES = [REPORT_FILE, CLAIMS_FILE, SOURCES_FILE];

/** Each step upgrades a report from the format it is keyed by to the next one. */
const steps: Record<number, (ctx: MigrationContext) => void> = {
  1: format1To2,
};

export interface MigrationPlan {
  /** refused: nothing may be written (see diagnostics); current: nothing to do; planned: see changes. */
  outcome: 'refused' | 'current' | 'planned';
  from?: number;
  locale: Locale;
  /** Why it was refused, and warnings about what the author must review. */
  diagnostics: Diagnostic[];
  changes: Change[];
  /** The new text of each file that changes, by root-relative path. */
  outputs: Record<string, string>;
}

/** Works out, without writing anything, how the report in `files` is upgraded to the current format. */
export function planMigration(files: ReportFiles, locale?: Locale): MigrationPlan {
  const texts = new Map(
    MIGRATED_FILES.flatMap((file) => {
      const text = textOf(files.read(file));
      return text === undefined ? [] : [[file, text] as const];
    }),
  );
  const reportLocale = locale ?? declaredLocale(texts.get(REPORT_FILE));
  const diags = new Diagnostics(reportLocale);
  const refused = (): MigrationPlan => ({
    outcome: 'refused',
    locale: reportLocale,
    diagnostics: diags.sorted(),
    changes: [],
    outputs: {},
  });

  // A file that exists but cannot be read (outside the folder, not UTF-8, too large) stops the upgrade.
  for (const file of MIGRATED_FILES) if (typeof files.read(file) === 'object') readText(files, file, diags);
  if (diags.errorCount > 0) return refused();
  if (!texts.has(REPORT_FILE)) {
    diags.add('report-missing', { file: REPORT_FILE, line: 1, column: 1 });
    return refused();
  }
  const parsed = new Map<string, YamlFile>();
  for (const [file, text] of texts) {
    const yaml = parseYaml(text, file, diags);
    if (yaml) parsed.set(file, yaml);
  }
  if (diags.errorCount > 0) return refused();
  const report = parsed.get(REPORT_FILE)!;
  const reading = readFormat(report.value);
  if (reading.kind === 'current')
    return { outcome: 'current', locale: reportLocale, diagnostics: [], changes: [], outputs: {} };
  if (reading.kind === 'newer') checkFormat(report, diags, '.');
  if (reading.kind === 'invalid')
    refuseFormat(new MigrationContext(parsed, texts, migrateWords(reportLocale), diags), report);
  if (reading.kind !== 'older') return refused();

  const ctx = new MigrationContext(parsed, texts, migrateWords(reportLocale), diags);
  for (let format: number = reading.found; format < CURRENT_FORMAT; format++) {
    const step = steps[format];
    if (!step) throw new Error(`no migration step from format ${format}`);
    step(ctx);
  }
  setFormat(ctx, report);
  if (diags.errorCount > 0) return refused();
  const outputs = ctx.outputs();
  for (const [file, text] of Object.entries(outputs)) {
    // A layout the edits do not handle (e.g. a source written as a flow mapping) must stop here, before anything is written.
    if (parseDocument(text).errors.length > 0)
      throw new Error(`the migrated ${file} would not parse; nothing was written`);
  }
  return {
    outcome: 'planned',
    from: reading.found,
    locale: reportLocale,
    diagnostics: diags.sorted(),
    changes: sortChanges(ctx.changes),
    outputs,
  };
}

/** Writes `format: <current>` in report.yaml: in place of an old value, or as its first field. */
function setFormat(ctx: MigrationContext, report: YamlFile): void {
  const root = report.doc.contents;
  if (!isMap(root) || root.items.length === 0) return;
  const edits = ctx.editsOf(report);
  const existing = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'format');
  if (existing && isScalar(existing.value)) {
    edits.replaceScalar(existing.value, String(CURRENT_FORMAT));
    ctx.change(report, existing.value, ctx.words.formatSet(CURRENT_FORMAT));
    return;
  }
  const first = root.items[0]!;
  edits.insertBefore(first, new Pair(new Scalar('format'), new Scalar(CURRENT_FORMAT)));
  ctx.change(report, first.key, ctx.words.formatSet(CURRENT_FORMAT));
}

/** A report.yaml that is not a mapping, or whose format is not a whole number, cannot be read as any format. */
function refuseFormat(ctx: MigrationContext, report: YamlFile): void {
  const root = report.doc.contents;
  if (!isMap(root)) return ctx.refuse(report, root, [], 'record', report.value);
  ctx.refuse(report, root.get('format', true), ['format'], 'integer', (report.value as { format?: unknown }).format);
}

function sortChanges(changes: Change[]): Change[] {
  return [...changes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

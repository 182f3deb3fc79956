/**
 * `npm run migrate -- --root DIR [--dry-run | --yes]`
 * Upgrades a report to the current format. Prints every change; writes only with --yes.
 * The only command that writes under content/ and data/.
 */
import { resolve } from 'node:path';
import { migrateWords } from '../src/i18n/migrate.ts';
import { planMigration } from '../src/migrate/migrate.ts';
import { writeFilesAtomically } from '../src/migrate/write-atomic.ts';
import { diskFiles } from '../src/node/disk-files.ts';
import { formatDiagnostic } from '../src/model/format.ts';
import { CURRENT_FORMAT } from '../src/schema/format-version.ts';
import { locales, type Locale } from '../src/schema/report.ts';
import { commandArguments } from './lib/arguments.ts';

const usage = 'usage: npm run migrate -- --root DIR [--dry-run | --yes] [--lang zh-CN|en]';

function main(): number {
  const values = commandArguments(usage, {
    'dry-run': { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
    lang: { type: 'string' },
  });
  if (typeof values === 'number') return values;
  if ((values.yes && values['dry-run']) || (values.lang && !(locales as readonly string[]).includes(values.lang))) {
    console.error(usage);
    return 2;
  }
  const root = resolve(values.root);
  const plan = planMigration(diskFiles(root), values.lang as Locale | undefined);
  const words = migrateWords(plan.locale);
  const errors = plan.diagnostics.filter((d) => d.severity === 'error');
  if (plan.outcome === 'refused') {
    for (const d of errors) console.log(formatDiagnostic(d, plan.locale));
    console.log(words.refused);
    return 1;
  }
  if (plan.outcome === 'current') {
    console.log(words.upToDate(CURRENT_FORMAT));
    return 0;
  }
  console.log(words.planned(plan.from!, CURRENT_FORMAT, plan.changes.length));
  for (const change of plan.changes) console.log(`${change.file}:${change.line}:${change.column}  ${change.text}`);
  for (const d of plan.diagnostics) console.log(formatDiagnostic(d, plan.locale));
  if (!values.yes) {
    console.log(words.dryRun);
    return 0;
  }
  writeFilesAtomically(root, plan.outputs);
  console.log(words.written(Object.keys(plan.outputs).join(', ')));
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  // Bad input never lands here; this is a bug in Dossier itself.
  console.error(`dossier: internal error: ${(error as Error).message}`);
  if (process.env.DOSSIER_DEBUG) console.error(error);
  process.exit(3);
}

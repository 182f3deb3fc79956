/**
 * `npm run validate [-- --strict] [--verbose] [--format json] [--lang en] [--root DIR]`
 * Checks a report and prints every problem; exit 1 when there are errors. Reads only.
 */
import { resolve } from 'node:path';
import { diskFiles } from '../src/node/disk-files.ts';
import { countBySeverity, formatDiagnostics, formatSummary } from '../src/model/format.ts';
import { loadReport } from '../src/model/load-report.ts';
import { toolDiagramCache } from '../src/node/mermaid-cache.ts';
import { markdownCache } from '../src/node/markdown-cache.ts';
import { parseInWorker } from '../src/node/mermaid-parser.ts';
import { locales, type Locale } from '../src/schema/report.ts';
import { commandArguments } from './lib/arguments.ts';

const usage = 'usage: npm run validate -- [--strict] [--verbose] [--format text|json] [--lang zh-CN|en] [--root DIR]';

async function main(): Promise<number> {
  const values = commandArguments(usage, {
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    lang: { type: 'string' },
  });
  if (typeof values === 'number') return values;
  if (
    !['text', 'json'].includes(values.format) ||
    (values.lang && !(locales as readonly string[]).includes(values.lang))
  ) {
    console.error(usage);
    return 2;
  }
  const root = resolve(values.root);
  const diagramCache = toolDiagramCache();
  const result = await loadReport(diskFiles(root), {
    root: values.root,
    parseDiagram: parseInWorker,
    ...markdownCache(),
    ...(values.lang ? { locale: values.lang as Locale } : {}),
    ...(diagramCache ? { diagramCache } : {}),
  });
  diagramCache?.save();
  const { errors, warnings } = countBySeverity(result.diagnostics, values.strict);
  if (values.format === 'json') {
    const diagnostics = result.diagnostics.map((d) => (values.strict ? { ...d, severity: 'error' } : d));
    console.log(JSON.stringify({ ok: errors === 0, errors, warnings, diagnostics }, null, 2));
  } else {
    for (const line of formatDiagnostics(result.diagnostics, result.locale, values)) console.log(line);
    console.log(formatSummary(errors, warnings, result.locale));
  }
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Bad input never lands here; this is a bug in Dossier itself.
    console.error(`dossier: internal error: ${(error as Error).message}`);
    if (process.env.DOSSIER_DEBUG) console.error(error);
    process.exit(3);
  },
);

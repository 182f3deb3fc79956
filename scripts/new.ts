/**
 * `npm run new -- DIR [--locale zh-CN|en]`
 * Writes a small report that passes `validate --strict` into a new or empty folder: report.yaml,
 * a home page with one finding, one chapter, one source, one claim, one dataset of each kind, a
 * chart, a table and a diagram; plus editor settings that give every YAML file its JSON Schema.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { locales, type Locale } from '../src/schema/report.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const templates = join(projectRoot, 'templates', 'report');
const usage = `usage: npm run new -- DIR [--locale ${locales.join('|')}]`;

/** Which JSON Schema (in schemas/) describes which files of a report, as VS Code's YAML extension reads it. */
export function editorSettings(reportDir: string): string {
  const schema = (name: string) =>
    relative(reportDir, join(projectRoot, 'schemas', name))
      .split(sep)
      .join('/');
  const settings = {
    'yaml.schemas': {
      [schema('report.schema.json')]: ['content/report.yaml'],
      [schema('sources.schema.json')]: ['data/sources.yaml'],
      [schema('claims.schema.json')]: ['data/claims.yaml'],
      [schema('dataset.schema.json')]: ['data/**/*.yaml', '!data/sources.yaml', '!data/claims.yaml'],
    },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** An id for report.yaml from the folder name: the schema allows letters, digits, `.`, `-`, `_`. */
function reportId(dir: string): string {
  const id = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return id || 'report';
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

export function writeSkeleton(target: string, locale: Locale, today: string): string[] {
  const source = join(templates, locale);
  const written: string[] = [];
  for (const file of templateFiles(source)) {
    const text = readFileSync(join(source, file), 'utf8')
      .replaceAll('{{date}}', today)
      .replaceAll('{{id}}', reportId(target));
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(join(target, file), text);
    written.push(file.split(sep).join('/'));
  }
  mkdirSync(join(target, '.vscode'), { recursive: true });
  writeFileSync(join(target, '.vscode', 'settings.json'), editorSettings(target));
  written.push('.vscode/settings.json');
  return written.sort();
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { locale: { type: 'string', default: 'zh-CN' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !(locales as readonly string[]).includes(values.locale)) {
    console.error(usage);
    return 2;
  }
  const target = resolve(positionals[0]!);
  if (existsSync(target) && readdirSync(target).length > 0) {
    console.error(`dossier: ${target} is not empty; nothing was written. Name a new or empty folder.`);
    return 1;
  }
  const today = new Date().toISOString().slice(0, 10);
  const written = writeSkeleton(target, values.locale as Locale, today);
  console.log(
    `${written.map((file) => `  ${file}`).join('\n')}\nnew report in ${target}\nnext:\n  npm run validate -- --root ${positionals[0]} --strict\n  npm run dev -- --root ${positionals[0]}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main());

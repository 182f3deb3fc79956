import type { Diagnostics, Place } from '../model/diagnostics.ts';
import { describeValue, typeName } from '../i18n/words.ts';
import { formatPath, type DataPath, type YamlFile } from '../model/yaml-file.ts';
import type { MigrateWords } from '../i18n/migrate.ts';
import { TextEdits } from './text-edits.ts';

/** One change the migration makes, where it is in the file as it is now. */
export interface Change {
  file: string;
  line: number;
  column: number;
  text: string;
}

/** What a migration step works with: the parsed files, their pending edits, and where it reports. */
export class MigrationContext {
  readonly changes: Change[] = [];
  private readonly edits = new Map<string, TextEdits>();

  constructor(
    /** Parsed files by root-relative path, and their text as read. */
    readonly files: Map<string, YamlFile>,
    private readonly texts: Map<string, string>,
    readonly words: MigrateWords,
    readonly diags: Diagnostics,
  ) {}

  editsOf(yaml: YamlFile): TextEdits {
    let edits = this.edits.get(yaml.file);
    if (!edits) this.edits.set(yaml.file, (edits = new TextEdits(this.texts.get(yaml.file) ?? '')));
    return edits;
  }

  /** Records a change at the start of `node` (or line 1 of the file). */
  change(yaml: YamlFile, node: unknown, text: string): void {
    this.changes.push({ file: yaml.file, ...position(yaml, node), text });
  }

  /** The report cannot be migrated as it is: an error at `node`, expecting a value of `expected` type. */
  refuse(yaml: YamlFile, node: unknown, path: DataPath, expected: string, found: unknown): void {
    const at: Place = { file: yaml.file, ...position(yaml, node), path: formatPath(path) };
    this.diags.add('migrate-unexpected', at, {
      expected: typeName(expected, this.diags.locale),
      found: describeValue(found, this.diags.locale),
    });
  }

  /** The new text of every file that changes. */
  outputs(): Record<string, string> {
    return Object.fromEntries(
      [...this.edits].filter(([, edits]) => edits.changed).map(([file, edits]) => [file, edits.apply()]),
    );
  }
}

export function position(yaml: YamlFile, node: unknown): { line: number; column: number } {
  const start = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0] ?? 0;
  const { line, col } = yaml.lines.linePos(start);
  return { line, column: col };
}

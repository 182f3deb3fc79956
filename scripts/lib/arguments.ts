import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>['values'];

/** What every command takes: the report folder (DOSSIER_ROOT or the working directory) and --help. */
const common = {
  root: { type: 'string', default: process.env.DOSSIER_ROOT ?? '.' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * A command's arguments with --root and --help added; or, after printing the usage, the exit code:
 * 0 when help was asked for, 2 for an unknown option or a missing value.
 */
export function commandArguments<T extends Options>(usage: string, options: T): Values<T & typeof common> | number {
  try {
    const values = parseArgs({ options: { ...common, ...options } }).values as Values<T & typeof common> & {
      help: boolean;
    };
    if (!values.help) return values;
    console.log(usage);
    return 0;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
}

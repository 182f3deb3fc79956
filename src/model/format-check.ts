import { CURRENT_FORMAT, readFormat } from '../schema/format-version.ts';
import type { Diagnostics } from './diagnostics.ts';
import { placeOf, type YamlFile } from './yaml-file.ts';

/**
 * A report written for another format gets one error naming what to do, instead of one error per
 * field the format has since changed; returns true when nothing else should be checked.
 * `root` is the report folder as the user named it, so the upgrade command can be pasted as is.
 */
export function checkFormat(yaml: YamlFile, diags: Diagnostics, root: string): boolean {
  const reading = readFormat(yaml.value);
  if (reading.kind === 'older') {
    diags.add('format-outdated', placeOf(yaml, ['format']), {
      found: reading.found,
      current: CURRENT_FORMAT,
      command: upgradeCommand(root),
    });
    return true;
  }
  if (reading.kind === 'newer') {
    diags.add('format-newer', placeOf(yaml, ['format']), { found: reading.found, current: CURRENT_FORMAT });
    return true;
  }
  return false;
}

/** The command that upgrades the report in `root`, quoted for a POSIX shell when the path needs it. */
function upgradeCommand(root: string): string {
  const quoted = /^[\w./@%+=:,-]+$/.test(root) ? root : `'${root.replaceAll("'", `'\\''`)}'`;
  return `npm run migrate -- --root ${quoted}`;
}

import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Written into every output: only a folder holding it may be replaced by a build. */
export const OUTPUT_MARKER = '.dossier-output';

/** A refusal the user can act on; the build stops before any work, with exit code 2. */
export class OutputRefused extends Error {}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (path.split(sep)[0] !== '..' && !isAbsolute(path));
}

/**
 * Before any work: --out must not be, or contain, the report or the project (replacing it would
 * delete them), must not lie in the report's content/ or data/, must be a previous output or empty
 * when it exists, and its parent must be writable.
 */
export function checkOutput(out: string, root: string, project: string): void {
  for (const [what, folder] of [
    ['the report folder', root],
    ['the project folder', project],
  ] as const) {
    if (isInside(folder, out))
      throw new OutputRefused(
        `--out ${out} is or contains ${what} ${folder}; replacing it would delete it. Choose an output folder of its own, such as ${join(root, 'dist')}`,
      );
  }
  for (const source of ['content', 'data']) {
    if (isInside(out, join(root, source)))
      throw new OutputRefused(`--out ${out} lies inside the report's ${source}/ folder, which a build never writes to`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new OutputRefused(`--out ${out} is a file, not a folder`);
    if (!existsSync(join(out, OUTPUT_MARKER)) && readdirSync(out).length > 0) {
      throw new OutputRefused(
        `--out ${out} exists and is not a previous Dossier output (it has no ${OUTPUT_MARKER} file); a build replaces its whole content, so choose an empty or new folder`,
      );
    }
  }
  const parent = dirname(out);
  try {
    mkdirSync(parent, { recursive: true });
    accessSync(parent, constants.W_OK);
  } catch {
    throw new OutputRefused(
      `cannot write to ${parent}, the folder that holds --out ${out}; choose a writable place or fix its permissions`,
    );
  }
}

/** Staging, lock and set-aside folders live beside --out, so the swap is a rename on one file system. */
const names = (out: string) => {
  const prefix = `.${basename(out)}.dossier-`;
  return { prefix, staging: `${prefix}staging-`, aside: `${prefix}old-` };
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One build at a time: a second build waits for the first, whose pid is in the lock file. A lock
 * left by a killed build is taken over. Returns the release function.
 */
export async function acquireBuildLock(lock: string, onWait: (pid: number) => void): Promise<() => void> {
  mkdirSync(dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder && holder !== process.pid && alive(holder)) {
        if (!told) onWait(holder);
        told = true;
        await new Promise((wake) => setTimeout(wake, 250));
        continue;
      }
      rmSync(lock, { force: true }); // left by a build that was killed
    }
  }
  return () => rmSync(lock, { force: true });
}

/**
 * Under the lock, anything a build left beside --out is from a build that was killed: its staging
 * folder is removed, and a previous output it had set aside (killed mid-swap) is put back.
 */
export function recoverLeftovers(out: string): void {
  if (!existsSync(dirname(out))) return;
  const { prefix, staging, aside } = names(out);
  for (const entry of readdirSync(dirname(out))
    .filter((name) => name.startsWith(prefix))
    .sort()) {
    const path = join(dirname(out), entry);
    if (entry.startsWith(staging)) rmSync(path, { recursive: true, force: true });
    else if (entry.startsWith(aside)) {
      if (existsSync(out)) rmSync(path, { recursive: true, force: true });
      else renameSync(path, out); // killed between setting the old output aside and moving the new one in
    }
  }
}

/** A private staging folder for this build, beside --out. */
export function stagingFolder(out: string): string {
  return join(dirname(out), `${names(out).staging}${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Puts the finished staging folder in place of --out by renames: the old output aside, the new one
 * in, the old one removed. If moving the new one in fails, the old one goes back.
 */
export function swapIn(staging: string, out: string): void {
  writeFileSync(
    join(staging, OUTPUT_MARKER),
    'This folder was written by Dossier; the next build replaces it whole.\n',
  );
  const aside = join(dirname(out), `${names(out).aside}${process.pid}-${randomBytes(4).toString('hex')}`);
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, aside);
  try {
    renameSync(staging, out);
  } catch (error) {
    if (hadOld) renameSync(aside, out);
    throw error;
  }
  // The new output is in place; an old file that cannot be deleted only stays behind, to be retried next time.
  try {
    if (hadOld) rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    console.warn(
      `dossier: the previous output could not be removed entirely (${(error as Error).message}); the next build retries`,
    );
  }
}

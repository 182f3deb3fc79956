import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixture } from './helpers/build-fixture.ts';
import { repoRoot } from './helpers/run.ts';
import { fixturesDir, starterWith } from './helpers/fixtures.ts';
import { writeTree } from '../src/bench/write-tree.ts';

export interface BuiltSite {
  /** The report folder that was built. */
  root: string;
  dist: string;
  base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: BuiltSite;
    sample: BuiltSite;
  }
}

/**
 * Builds the starter report (plus a long table, to test pagination) once, under a sub-path, with
 * its PDF, and the sample report; the site and PDF tests read these dist/ folders.
 */
export default function setup(project: TestProject): void {
  const root = join(mkdtempSync(join(tmpdir(), 'dossier-report-')), 'report');
  writeTree(root, starterWith(join(fixturesDir, 'long-table')));
  const base = '/reports/go-2026/';
  project.provide('site', { root, dist: buildFixture(root, base), base });
  // The sample report in content/ and data/, with its PDF: real pages with real page breaks.
  project.provide('sample', { root: repoRoot, dist: buildFixture(repoRoot, '/'), base: '/' });
}

/** Every schema of the author's contract, in one place. */
export * from './common.ts';
export * from './report.ts';
export * from './page.ts';
export * from './source.ts';
export * from './claim.ts';
export * from './dataset.ts';
export * from './fences.ts';

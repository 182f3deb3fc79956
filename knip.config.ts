import type { KnipConfig } from 'knip';

export default {
  // Browser scripts read from disk and injected into Chromium count as entries: nothing imports them.
  entry: [
    'scripts/*.ts',
    'src/pages/**/*.astro',
    'src/client/*.ts',
    'src/publish/paged-handlers.js',
    'src/publish/paged-helpers.js',
    'src/publish/fit-tables.js',
    'test/**/*.test.ts',
  ],
  project: ['src/**/*.{ts,mjs,js,astro}', 'scripts/**/*.ts', 'test/**/*.ts'],
  // @astrojs/check is loaded by `astro check`; axe-core and DOMPurify are read as files and run inside the page.
  ignoreDependencies: ['@astrojs/check', 'axe-core', 'dompurify'],
  // poppler-utils come from the system (see .ci/run), not from npm.
  ignoreBinaries: ['pdfinfo', 'pdfimages', 'pdffonts', 'pdftotext', 'pdftoppm'],
} satisfies KnipConfig;

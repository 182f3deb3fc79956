// @ts-check
import { defineConfig } from 'astro/config';
import { dossier } from './src/integration.ts';
import { astroPaths } from './src/site/handover.ts';
import { woff2Only } from './src/publish/woff2-only.ts';

/**
 * The site is built by scripts/build.ts, which validates first and tells Astro where to write
 * (a temporary folder, moved to dist/ only when everything succeeded) and under which base path.
 */
export default defineConfig({
  ...astroPaths(),
  trailingSlash: 'ignore',
  build: { format: 'directory', assets: '_dossier/assets' },
  devToolbar: { enabled: false },
  integrations: [dossier()],
  vite: {
    plugins: [woff2Only()],
    // Keep every script a file: inline scripts break under `script-src 'self'`.
    build: { assetsInlineLimit: 0 },
  },
});

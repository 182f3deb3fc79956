import type { Plugin } from 'vite';

/**
 * @fontsource's stylesheets list each font as WOFF2 and then WOFF. The print edition runs in
 * Chromium, which always takes the WOFF2, so the WOFF copies (half the fonts' weight) would ship
 * unused: drop them from the stylesheets before Vite collects the files they name.
 */
export function woff2Only(): Plugin {
  return {
    name: 'dossier:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return undefined;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

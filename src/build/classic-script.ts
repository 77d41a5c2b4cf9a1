/**
 * esbuild options for browser code shipped as a classic script (IIFE): Chromium runs classic
 * scripts from `file://`, where module scripts are refused, so every script of the site is built so.
 */
export const classicScriptOptions = {
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
  charset: 'utf8',
} as const;

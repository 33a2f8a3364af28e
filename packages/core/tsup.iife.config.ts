import { defineConfig } from 'tsup';

/** The script-tag build of the legacy facade: `<script src="wincall.js">` exposes `window.WinCall`. */
export default defineConfig({
  entry: { wincall: 'src/compat/global.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  minify: true,
  sourcemap: true,
  clean: false,
  target: 'es2017',
  platform: 'browser',
  noExternal: [/.*/],
});

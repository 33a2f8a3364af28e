import { defineConfig, type Options } from 'tsup';

/**
 * The script-tag build of the legacy facade: `<script src="wincall.js">` exposes `window.WinCall`.
 * socket.io-client is bundled, so a page needs no other script. Exported for the browser test,
 * which builds the same bundle from source.
 */
export const iifeOptions = {
  entry: { wincall: 'src/compat/global.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  minify: true,
  // No map: it would be a third of the package (the ESM and CommonJS builds keep theirs).
  sourcemap: false,
  clean: false,
  target: 'es2017',
  platform: 'browser',
  noExternal: [/.*/],
} satisfies Options;

export default defineConfig(iifeOptions);

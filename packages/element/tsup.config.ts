import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { scriptTagOptions as phoneScriptTagOptions } from '../phone/tsup.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Both builds carry React, ReactDOM, @wincall/react and its stylesheet (as text, adopted in the
 * shadow root), in React's production mode: the host page brings none of them.
 */
const common = {
  target: 'es2020',
  platform: 'browser',
  sourcemap: false,
  clean: false,
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildOptions(options) {
    options.charset = 'utf8';
    options.legalComments = 'none';
    // The stylesheet from its source (the published package serves the same file as dist/styles.css).
    options.alias = { ...options.alias, '@wincall/react/styles.css': here('../react/src/styles.css') };
  },
} satisfies Options;

/**
 * The ES module: registers the element on import, exports the class, `define()` and the types.
 * `@wincall/core` stays a dependency, shared with the app (one copy, `instanceof WinCallError`).
 */
export const moduleOptions = {
  ...common,
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  // Minified: React is most of it, and an app's bundler has nothing to gain from the readable form.
  minify: true,
  dts: true,
  // The browser phone too: `import('@wincall/phone/device')` stays, for the app's bundler to split.
  external: ['@wincall/core', /^@wincall\/core\//, '@wincall/phone', /^@wincall\/phone\//],
  noExternal: ['react', 'react-dom', 'scheduler', '@wincall/react', '@tanstack/react-query', 'lucide-react', /^react\//, /^react-dom\//],
} satisfies Options;

/**
 * The script-tag build, `wincall-element.js`: one minified IIFE with everything inside (the core
 * and socket.io too). It registers the element and sets `window.WinCallElement`. Exported for the
 * example tests, which build the same file from source.
 */
export const scriptTagOptions = {
  ...common,
  entry: { 'wincall-element': 'src/global.ts' },
  format: ['iife'],
  globalName: 'WinCallElement',
  outExtension: () => ({ js: '.js' }),
  minify: true,
  target: 'es2017',
  noExternal: [/.*/],
} satisfies Options;

/**
 * `wincall-phone.js`, the browser phone's script build (@wincall/phone's own options), shipped
 * next to `wincall-element.js`: where the element looks for it by default, so that a page (or a
 * CDN) serving this package's dist/ folder has both.
 */
export const phoneScriptOptions = {
  ...phoneScriptTagOptions,
  entry: { 'wincall-phone': here('../phone/src/global.ts') },
} satisfies Options;

export default defineConfig([
  { ...moduleOptions, clean: true },
  scriptTagOptions,
  phoneScriptOptions,
]);

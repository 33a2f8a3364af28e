import { defineConfig, type Options } from 'tsup';

// `index` is the tiny options helper a page imports statically; `device` (sip.js and the device)
// is what it loads on demand, so a page pays for SIP only when the agent uses the browser phone.
const moduleOptions = {
  entry: { index: 'src/index.ts', device: 'src/device.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2020',
  external: ['@wincall/core', /^@wincall\/core\//],
} satisfies Options;

/**
 * The script-tag build, `wincall-phone.js`: the device with sip.js inside and the few core parts
 * it uses (its error class and texts), one minified IIFE that sets `window.WinCallPhone`. The
 * script builds of `<wincall-softphone>` and of the legacy facade add it when needed instead of
 * carrying it. Exported for the element, which ships the same file next to its own script.
 */
export const scriptTagOptions = {
  entry: { 'wincall-phone': 'src/global.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  minify: true,
  sourcemap: false,
  clean: false,
  target: 'es2017',
  platform: 'browser',
  noExternal: [/.*/],
} satisfies Options;

export default defineConfig([moduleOptions, scriptTagOptions]);

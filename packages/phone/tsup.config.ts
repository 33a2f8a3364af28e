import { defineConfig } from 'tsup';

// `index` is the tiny options helper a page imports statically; `device` (sip.js and the device)
// is what it loads on demand, so a page pays for SIP only when the agent uses the browser phone.
export default defineConfig({
  entry: { index: 'src/index.ts', device: 'src/device.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2020',
  external: ['@wincall/core', /^@wincall\/core\//],
});

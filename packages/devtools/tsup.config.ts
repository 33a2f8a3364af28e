import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const common: Options = {
  entry: { index: 'src/index.ts', headless: 'src/headless.ts' },
  dts: true,
  target: 'es2020',
  banner: { js: "'use client';" },
  define: { __WINCALL_DEVTOOLS_VERSION__: JSON.stringify(version) },
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  external: ['react', 'react-dom', 'react/jsx-runtime', '@wincall/core', '@wincall/react', /^@wincall\/core\//],
};

// The panel stays a chunk of its own (a dynamic import), downloaded when first opened. No source
// maps: CommonJS code splitting cannot carry them, and a debugging tool is read in its own panel.
export default defineConfig({ ...common, format: ['esm', 'cjs'], splitting: true, sourcemap: false, clean: true });

import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: { index: 'src/index.ts', headless: 'src/headless.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // The panel stays a chunk of its own (a dynamic import): an app downloads it when it is opened.
  splitting: true,
  banner: { js: "'use client';" },
  define: { __WINCALL_DEVTOOLS_VERSION__: JSON.stringify(version) },
  esbuildOptions(options, { format }) {
    options.charset = 'utf8';
    if (format === 'cjs') options.sourcemap = false;
  },
  external: ['react', 'react-dom', 'react/jsx-runtime', '@wincall/core', '@wincall/react', /^@wincall\/core\//],
});

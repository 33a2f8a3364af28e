import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'model/index': 'src/model/index.ts', 'sip/index': 'src/sip/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  // Source maps for the ESM build only: with the CommonJS one's they were most of the package.
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.sourcemap = false;
  },
  external: ['socket.io', '@wincall/core', /^@wincall\/core\//],
});

import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'protocol/index': 'src/protocol/index.ts',
    'compat/index': 'src/compat/index.ts',
    'tabs/index': 'src/tabs/index.ts',
    'records/index': 'src/records/index.ts',
    'api/index': 'src/api/index.ts',
    'phone/index': 'src/phone/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  external: ['engine.io-client', 'zustand'],
  // Source maps for the ESM build only: with the CommonJS one's they were most of the package.
  esbuildOptions(options, { format }) {
    if (format === 'cjs') options.sourcemap = false;
  },
  // The session vault is a worker script served from the page's origin, shipped as is: next to the
  // module that opens it (dist/tabs/), where `new SharedWorker(new URL('./vault.worker.js', import.meta.url))` finds it (the
  // app's bundler emits it), and as the `./vault-worker.js` export for serving it by hand.
  onSuccess: 'cp src/tabs/vault.worker.js dist/tabs/vault.worker.js && cp src/tabs/vault.worker.js dist/vault-worker.js',
});

import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  // The catalogs are their own entries (`@wincall/react/messages/en`) and, in the ESM build (split
  // by default), the same chunks the main entry loads on demand: a page downloads only its locale's strings.
  entry: { index: 'src/index.ts', 'messages/en': 'src/messages/en.ts', 'messages/zh-CN': 'src/messages/zh-CN.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Everything here is client code (context, hooks, event handlers): a React Server Component may
  // render it directly. esbuild drops module directives while bundling, so the bundle gets its own.
  banner: { js: "'use client';" },
  // Keep the Chinese catalog readable in the output instead of \u escapes. Source maps for the ESM
  // build only: with the CommonJS one's they were most of the package.
  esbuildOptions(options, { format }) {
    options.charset = 'utf8';
    if (format === 'cjs') options.sourcemap = false;
  },
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@wincall/core', /^@wincall\/core\//, 'zustand'],
  // The stylesheet is opt-in (`import '@wincall/react/styles.css'`): shipped as is, never bundled.
  onSuccess: async () => {
    mkdirSync('dist', { recursive: true });
    copyFileSync('src/styles.css', 'dist/styles.css');
  },
});

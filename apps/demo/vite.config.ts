import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAlias } from '../../vitest.shared';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo CRM. Workspace packages resolve to their sources (the same aliases as the tests), so
 * neither `pnpm demo` nor the end-to-end tests need a build of packages/* first.
 */
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: workspaceAlias,
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1_000,
    // Vite inlines small assets as data: URLs; a SharedWorker needs a same-origin file.
    assetsInlineLimit: (file) => (/vault[.-]worker\.js$/.test(file) ? false : undefined),
  },
});

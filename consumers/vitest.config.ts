import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../vitest.shared';

/**
 * Consumer tests (`pnpm test` runs them after the build): the packed tarballs installed into the
 * fixture apps next to this file, type-checked, built for production and driven in Chromium
 * against a real simulator. Not a project of the root config: it needs the build and takes minutes.
 */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'consumers',
    root: import.meta.dirname,
    environment: 'node',
    include: ['consumers.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    retry: 0,
  },
});

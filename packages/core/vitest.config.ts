import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'core',
    environment: 'node',
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/browser/**'],
    testTimeout: 15_000,
  },
});

import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'devtools',
    environment: 'node',
    include: ['__tests__/*.test.ts'],
    testTimeout: 30_000,
  },
});

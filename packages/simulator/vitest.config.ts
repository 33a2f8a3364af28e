import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'simulator',
    environment: 'node',
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/sip/**'],
    testTimeout: 20_000,
  },
});

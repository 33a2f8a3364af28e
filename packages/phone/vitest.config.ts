import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

/** The browser phone's pure parts (quality, redaction, error mapping, policies) in Node. */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'phone',
    environment: 'node',
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/browser/**'],
    testTimeout: 15_000,
  },
});

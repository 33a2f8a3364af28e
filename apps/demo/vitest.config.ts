import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

/**
 * End-to-end tests of the demo CRM in headless Chromium (playwright-core), against a real
 * simulator and a production build of the demo, both started once by the global setup.
 */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'demo-e2e',
    environment: 'node',
    include: ['e2e/*.test.ts'],
    globalSetup: ['./e2e/support/globalSetup.ts'],
    // One browser scenario at a time: they share the simulator and a 2-core machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { chromiumBrowser } from '../../vitest.browser';

/** The devtools in Chromium, against a real simulator (one per project, 127.0.0.1). */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAlias },
  test: {
    name: 'devtools-browser',
    include: ['__tests__/browser/**/*.test.{ts,tsx}'],
    globalSetup: ['../../vitest.simulator-setup.ts'],
    browser: chromiumBrowser(),
    // The tests share one simulator (one agent at a time).
    fileParallelism: false,
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { chromiumBrowser } from '../../vitest.browser';

/** Core behaviour that only exists in a browser: JSONP, page lifecycle, shared workers, tabs. */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'core-browser',
    include: ['__tests__/browser/**/*.test.ts'],
    browser: chromiumBrowser(),
    globalSetup: ['../../vitest.simulator-setup.ts'],
    testTimeout: 20_000,
  },
});

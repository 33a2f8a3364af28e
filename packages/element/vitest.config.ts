import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { stylesheetAsText } from './vite-css-text';

/**
 * `<wincall-softphone>` in headless Chromium (playwright-core, /usr/bin/chromium) against a real
 * simulator: the script-tag build and the Vue example are built from source once by the global
 * setup and served on 127.0.0.1 with the plain HTML example and a blank fixture page.
 */
export default defineConfig({
  // The unit tests read the stylesheet as the builds do: as text.
  plugins: [stylesheetAsText()],
  resolve: { alias: workspaceAlias.filter((entry) => !String(entry.find).includes('styles')) },
  test: {
    name: 'element',
    environment: 'node',
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['./__tests__/support/globalSetup.ts'],
    // One browser scenario at a time: they share the simulator and a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

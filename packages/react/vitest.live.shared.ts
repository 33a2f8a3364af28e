import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { chromiumBrowser } from '../../vitest.browser';

/**
 * The bar in Chromium against a real simulator through whole calls, at a given one-way latency:
 * the same tests run on a LAN (0 ms) and 150 ms away from the server (`vitest.live*.config.ts`).
 */
export function liveProject(latency: number) {
  return defineConfig({
    plugins: [react()],
    resolve: { alias: workspaceAlias },
    test: {
      name: latency === 0 ? 'react-live' : `react-live-${latency}ms`,
      include: ['__tests__/live/**/*.test.{ts,tsx}'],
      setupFiles: ['./__tests__/support/setup.ts'],
      globalSetup: ['../../vitest.simulator-setup.ts'],
      env: { WINCALL_LATENCY: String(latency) },
      browser: chromiumBrowser(),
      // The tests share one simulator (one agent at a time).
      fileParallelism: false,
      testTimeout: 60_000,
    },
  });
}

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { chromiumBrowser } from '../../vitest.browser';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAlias },
  test: {
    name: 'react-browser',
    include: ['__tests__/browser/**/*.test.{ts,tsx}'],
    setupFiles: ['./__tests__/support/setup.ts'],
    browser: chromiumBrowser(),
    testTimeout: 20_000,
  },
});

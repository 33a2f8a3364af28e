import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAlias },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['__tests__/**/*.test.{ts,tsx}'],
    exclude: ['__tests__/browser/**', '__tests__/live/**', '**/node_modules/**'],
    setupFiles: ['./__tests__/support/setup.ts'],
    testTimeout: 20_000,
  },
});

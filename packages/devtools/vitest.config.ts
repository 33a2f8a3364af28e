import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'devtools',
    environment: 'node',
    // *.test.tsx: component tests in jsdom (their first line says so); the panel in Chromium is the devtools-browser project.
    include: ['__tests__/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});

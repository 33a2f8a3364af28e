import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['bench/vitest.config.ts', 'packages/*/vitest.config.ts', 'packages/*/vitest.*.config.ts', 'apps/*/vitest.config.ts', 'apps/*/vitest.*.config.ts'],
    coverage: {
      provider: 'v8',
      include: ['packages/core/src/**/*.ts'],
      exclude: ['packages/core/src/**/index.ts', 'packages/core/src/protocol/codes.*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90 },
    },
  },
});

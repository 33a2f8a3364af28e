import { defineConfig } from 'vitest/config';

/** The bench's own measurement (what `pnpm bench` and the size budget count). */
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['__tests__/*.test.ts'],
    testTimeout: 30_000,
  },
});

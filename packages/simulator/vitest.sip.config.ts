import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

/**
 * The SIP rig's tests: real kamailio, rtpengine, baresip and Chromium, so one file at a time and
 * generous timeouts for a busy 2-core machine. Run with `npx vitest run --project simulator-sip`.
 */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'simulator-sip',
    environment: 'node',
    include: ['__tests__/sip/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

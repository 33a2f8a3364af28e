import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';

/**
 * The demo in softphone mode, end to end: headless Chromium (fake microphone) registers the
 * agents' extensions on the simulator's real SIP servers (kamailio, rtpengine, a baresip per
 * ring), started once for the project with a production build of the demo pointing at them.
 */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'demo-softphone',
    environment: 'node',
    include: ['e2e/softphone/*.test.ts'],
    globalSetup: ['./e2e/softphone/support/globalSetup.ts'],
    // One scenario file at a time: they share the SIP servers (one kills kamailio) and 2 cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});

import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The same end-to-end scenarios with the simulator 150 ms away (one way, ± 30 ms jitter), and the
 * demo built without a server URL: it is pointed at the simulator at run time (`?server=…`).
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      name: 'demo-e2e-150ms',
      env: { WINCALL_LATENCY: '150' },
    },
  }),
);

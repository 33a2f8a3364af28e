import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { workspaceAlias } from '../../vitest.shared';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.browser';
import { sipCommands } from './__tests__/browser/commands';
import { writeFakeMicrophone } from './__tests__/support/fakeMicrophone';

/**
 * The browser phone in headless Chromium against real SIP servers: the simulator's SIP rig
 * (kamailio, rtpengine, a baresip caller per leg) runs in Node for the whole project, and the
 * tests drive it through browser commands. Chromium gets a fake microphone playing a known tone,
 * allowed for the test page's origin.
 */
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    name: 'phone-browser',
    include: ['__tests__/browser/**/*.test.ts'],
    globalSetup: ['./__tests__/browser/rigSetup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            ...CHROMIUM_ARGS,
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-audio-capture=${writeFakeMicrophone()}`,
            '--autoplay-policy=no-user-gesture-required',
            '--disable-features=WebRtcHideLocalIpsWithMdns',
            '--allow-loopback-in-peer-connection',
          ],
        },
        // The microphone is allowed as a site setting (not by `--use-fake-ui-for-media-stream`,
        // which grants it past every setting): a test can then block it for real.
        contextOptions: { permissions: ['microphone'] },
      }),
      instances: [{ browser: 'chromium' as const }],
      screenshotFailures: false,
      commands: sipCommands,
    },
    // One rig, one kamailio: a file that kills it must not pull it from under another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** Vitest browser mode in headless Chromium, shared by every browser test project. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

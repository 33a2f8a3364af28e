import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser';
import { workspaceAlias } from '../../vitest.shared';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Every story becomes a test in headless Chromium: it renders, its play function passes, and axe
 * finds no violation. From the repository root: `pnpm vitest run --project storybook`.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: here('./.storybook') })],
  resolve: { alias: workspaceAlias },
  test: {
    name: 'storybook',
    root: here('.'),
    // The MDX pages are docs, not tests (the plugin's own exclusion misses them from the repo root).
    exclude: [...configDefaults.exclude, '**/*.mdx'],
    browser: chromiumBrowser(),
    testTimeout: 20_000,
  },
});

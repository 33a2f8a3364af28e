import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
// `.js` on purpose: Storybook's loader for main.ts takes `.shared` for an extension otherwise.
import { workspaceAlias } from '../../../vitest.shared.js';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: their tables render as tables, not as `| … |` text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-vitest',
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        // Workspace packages resolve to their sources (and the stylesheet to its source), so
        // Storybook never needs a build of packages/* and edits there show up at once.
        alias: workspaceAlias,
      },
      build: {
        // The preview bundle carries axe and the docs blocks: large by nature, so the warning is noise.
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          // react-query's "use client" directives mean nothing in a client-only bundle.
          onwarn(warning, warn) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    });
  },
};

export default config;

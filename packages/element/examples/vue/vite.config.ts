import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { stylesheetAsText } from '../../vite-css-text';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Vue 3 example: `pnpm --filter @wincall/element example:vue` (with `pnpm sim` running).
 * An app that installed @wincall/element needs only the `isCustomElement` line; the aliases build
 * the element from this repository's sources instead.
 */
export default defineConfig({
  root: here('.'),
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'wincall-softphone' } } }),
    stylesheetAsText(),
  ],
  resolve: {
    alias: [
      { find: /^@wincall\/element$/, replacement: here('../../src/index.ts') },
      { find: /^@wincall\/core$/, replacement: here('../../../core/src/index.ts') },
      { find: /^@wincall\/core\/(phone|tabs|records|api)$/, replacement: here('../../../core/src/$1/index.ts') },
      { find: /^@wincall\/react$/, replacement: here('../../../react/src/index.ts') },
      { find: /^@wincall\/phone\/device$/, replacement: here('../../../phone/src/device.ts') },
    ],
  },
});

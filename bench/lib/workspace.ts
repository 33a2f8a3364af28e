import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { REPO_ROOT } from '../bundles';

/** Workspace imports → the packages' sources (what vitest.shared.ts does for the tests). */
const SOURCES: Record<string, string> = {
  '@wincall/core': 'packages/core/src/index.ts',
  '@wincall/core/protocol': 'packages/core/src/protocol/index.ts',
  '@wincall/core/compat': 'packages/core/src/compat/index.ts',
  '@wincall/core/tabs': 'packages/core/src/tabs/index.ts',
  '@wincall/core/records': 'packages/core/src/records/index.ts',
  '@wincall/core/api': 'packages/core/src/api/index.ts',
  '@wincall/core/phone': 'packages/core/src/phone/index.ts',
  '@wincall/phone': 'packages/phone/src/index.ts',
  '@wincall/react': 'packages/react/src/index.ts',
  '@wincall/simulator': 'packages/simulator/src/index.ts',
  '@wincall/simulator/model': 'packages/simulator/src/model/index.ts',
};

export const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@wincall\// }, (args) => {
      const source = SOURCES[args.path];
      return source ? { path: join(REPO_ROOT, source) } : undefined;
    });
  },
};

import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources, so tests never need a build first. */
export const workspaceAlias = [
  { find: /^@wincall\/core\/protocol$/, replacement: here('./packages/core/src/protocol/index.ts') },
  // Also with a query (`?url` in Vite), which the demo uses to get a same-origin worker URL.
  { find: /^@wincall\/core\/vault-worker\.js(\?.*)?$/, replacement: `${here('./packages/core/src/tabs/vault.worker.js')}$1` },
  { find: /^@wincall\/core\/(compat|tabs|records|api|phone)$/, replacement: here('./packages/core/src/$1/index.ts') },
  { find: /^@wincall\/core$/, replacement: here('./packages/core/src/index.ts') },
  // The published package serves dist/styles.css; in the workspace it is the source file.
  { find: /^@wincall\/react\/styles\.css$/, replacement: here('./packages/react/src/styles.css') },
  { find: /^@wincall\/react\/messages\/(en|zh-CN)$/, replacement: here('./packages/react/src/messages/$1.ts') },
  { find: /^@wincall\/react$/, replacement: here('./packages/react/src/index.ts') },
  { find: /^@wincall\/devtools\/headless$/, replacement: here('./packages/devtools/src/headless.ts') },
  { find: /^@wincall\/devtools$/, replacement: here('./packages/devtools/src/index.ts') },
  { find: /^@wincall\/phone\/device$/, replacement: here('./packages/phone/src/device.ts') },
  { find: /^@wincall\/phone$/, replacement: here('./packages/phone/src/index.ts') },
  { find: /^@wincall\/simulator\/sip$/, replacement: here('./packages/simulator/src/sip/index.ts') },
  { find: /^@wincall\/simulator\/model$/, replacement: here('./packages/simulator/src/model/index.ts') },
  { find: /^@wincall\/simulator$/, replacement: here('./packages/simulator/src/index.ts') },
];

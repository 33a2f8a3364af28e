import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// Inside the package, so the dependencies resolve from its node_modules as in an SSR server.
const dir = mkdtempSync(join(source('../node_modules'), '.ssr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Server-side rendering imports the core in Node, where window, document and navigator do not
 * exist. Bundled the way an SSR build would, imported in a fresh process: nothing may break, and
 * nothing of React may come along.
 */
describe('SSR safety', () => {
  it('imports and creates a client in a plain Node process with no DOM', async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { createWinCallClient, reduce, initialState } from ${JSON.stringify(source('../src/index.ts'))};
       import { createSharedWinCallClient } from ${JSON.stringify(source('../src/tabs/index.ts'))};
       import { createConfigApi } from ${JSON.stringify(source('../src/api/index.ts'))};
       import { emptyMemory } from ${JSON.stringify(source('../src/records/index.ts'))};
       const client = createWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode: 'demo' });
       const shared = createSharedWinCallClient({ serverUrl: 'http://127.0.0.1:9', vccCode: 'demo' });
       const api = createConfigApi({ apiUrl: 'http://127.0.0.1:9', vccCode: 'demo' });
       console.log(JSON.stringify({ status: client.getState().agent.status, role: shared.role, same: reduce(initialState(0), { type: 'errorCleared' }).connection, api: typeof api.queues, records: emptyMemory().recent }));
       client.destroy(); shared.destroy();`,
    );
    const out = join(dir, 'bundle.mjs');
    // An SSR build bundles the app's code and leaves packages to Node, as Next.js or Vite SSR do.
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      outfile: out,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.imports.map((i) => i.path);
    // The engine the core connects with (transport/engineSocket.ts) and zustand: packages, left to
    // Node. The socket.io packets are the core's own (transport/socketPacket.ts).
    expect(imports).toEqual(expect.arrayContaining(['engine.io-client', 'zustand/vanilla']));
    expect(imports).not.toContain('socket.io-parser');
    expect(imports.some((path) => /^(react|react-dom|@tanstack)/.test(path))).toBe(false);
    const printed = execFileSync(process.execPath, [out], { encoding: 'utf8', timeout: 20_000 });
    expect(JSON.parse(printed)).toEqual({ status: 'signedOut', role: 'solo', same: 'idle', api: 'function', records: [] });
  });
});

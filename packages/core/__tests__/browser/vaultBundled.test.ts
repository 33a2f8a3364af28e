import { describe, expect, it, vi } from 'vitest';
import { openBundledSessionVault } from '../../src/tabs/vault';

/**
 * With no URL given, the core starts the worker that sits next to it with
 * `new SharedWorker(new URL('./vault.worker.js', import.meta.url))`, the form bundlers emit as a
 * file (here Vite's dev server, as in the consumer apps' production builds).
 */
describe('the bundled session vault', () => {
  it('starts the vault worker shipped next to the core, with no URL given', async () => {
    const bundled = openBundledSessionVault();
    expect(bundled).not.toBeNull();
    bundled!.put('bundled-k', { agentNum: '1001', password: 'pw', extension: '8001', status: 'idle' });
    await vi.waitFor(async () => expect(await bundled!.get('bundled-k')).toMatchObject({ agentNum: '1001', status: 'idle' }), { timeout: 10_000 });
    bundled!.delete('bundled-k');
    await vi.waitFor(async () => expect(await bundled!.get('bundled-k')).toBeNull(), { timeout: 10_000 });
    bundled!.close();
  });
});

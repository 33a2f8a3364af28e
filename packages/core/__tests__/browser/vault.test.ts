import { describe, expect, it, vi } from 'vitest';
import { openSessionVault } from '../../src/tabs';

const workerUrl = new URL('../../src/tabs/vault.worker.js', import.meta.url);

describe('session vault (a shared worker, memory only)', () => {
  it('keeps a record across two vault handles and forgets it on delete', async () => {
    const writer = openSessionVault(workerUrl)!;
    const reader = openSessionVault(workerUrl)!;
    expect(writer).not.toBeNull();
    writer.put('k1', { agentNum: '1001', password: 'pw', extension: '8001', status: 'busy' });
    // Two handles are two ports: the worker may serve them in any order, so read until it has it.
    await vi.waitFor(async () => expect(await reader.get('k1')).toEqual({ agentNum: '1001', password: 'pw', extension: '8001', status: 'busy' }), { timeout: 10_000 });
    expect(await reader.get('other')).toBeNull();
    reader.delete('k1');
    await vi.waitFor(async () => expect(await writer.get('k1')).toBeNull(), { timeout: 10_000 });
    writer.close();
    reader.close();
  });

  it('leaves no trace in any storage', async () => {
    const vault = openSessionVault(workerUrl)!;
    vault.put('k2', { agentNum: '1001', password: 'secret-pw-123', extension: '8001', status: 'idle' });
    expect(await vault.get('k2')).not.toBeNull();
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    expect(stored).not.toContain('secret-pw-123');
    const databases = await indexedDB.databases();
    expect(databases).toEqual([]);
    vault.delete('k2');
    vault.close();
  });

  it('has nothing for a worker URL that is not a vault (answers null in time)', async () => {
    const bogus = openSessionVault('data:text/javascript,');
    expect(bogus === null || (await bogus.get('x')) === null).toBe(true);
    bogus?.close();
  });
});

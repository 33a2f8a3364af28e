import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SharedClientOptions, SharedWinCallClient, WinCallClient } from '@wincall/core';
import type * as Tabs from '@wincall/core/tabs';
import { useWinCall, WinCallProvider } from '../src';

/** Every shared client the provider makes; `refuse` makes the next one fail as a chunk that cannot load. */
const shared = vi.hoisted(() => ({ created: [] as SharedWinCallClient[], refuse: false }));

vi.mock('@wincall/core/tabs', async (importOriginal) => {
  const real = await importOriginal<typeof Tabs>();
  return {
    ...real,
    createSharedWinCallClient: (options: SharedClientOptions) => {
      if (shared.refuse) throw new TypeError('Failed to fetch dynamically imported module');
      const client = real.createSharedWinCallClient(options);
      shared.created.push(client);
      return client;
    },
  };
});

const options = { vccCode: 'demo', serverUrl: 'http://127.0.0.1:1' };
/** Lets timers, the provider's effects and its destroy microtasks run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
/** Waits (bounded) until the provider's `import()` of the shared client has come back. */
const loaded = (count: () => number) => act(() => vi.waitFor(() => expect(count()).toBeGreaterThan(0), { timeout: 10_000 }));

function renderProvider(strict = false) {
  const seen: WinCallClient[] = [];
  function Probe() {
    seen.push(useWinCall());
    return null;
  }
  const tree = (
    <WinCallProvider options={options} shared>
      <Probe />
    </WinCallProvider>
  );
  const view = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { view, current: () => seen.at(-1)! };
}

afterEach(() => {
  for (const client of shared.created) client.destroy();
  shared.created.length = 0;
  shared.refuse = false;
  vi.restoreAllMocks();
});

describe('WinCallProvider with `shared`', () => {
  it('fetches the shared client, makes exactly one through StrictMode, and destroys it on unmount', async () => {
    const { view, current } = renderProvider(true);
    // Until the chunk is in, the components see the signed-out stand-in.
    expect(current().destroyed).toBe(true);
    await loaded(() => shared.created.length);
    await settle();
    expect(shared.created).toHaveLength(1);
    const client = shared.created[0]!;
    expect(current()).toBe(client);
    expect(client.destroyed).toBe(false);
    expect(['solo', 'leader', 'follower']).toContain(client.role);
    view.unmount();
    await settle();
    expect(client.destroyed).toBe(true);
  });

  it('destroys a shared client that arrives after the provider has gone', async () => {
    const { view } = renderProvider();
    view.unmount();
    await loaded(() => shared.created.length);
    await settle();
    expect(shared.created).toHaveLength(1);
    expect(shared.created[0]!.destroyed).toBe(true);
  });

  it('connects the tab on its own when the shared client cannot be loaded, and says why', async () => {
    shared.refuse = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { view, current } = renderProvider();
    await loaded(() => logged.mock.calls.length);
    await settle();
    const client = current();
    expect(client.destroyed).toBe(false);
    expect(client.vccCode).toBe('demo');
    expect('role' in client).toBe(false);
    expect(String(logged.mock.calls[0]?.[0])).toContain('shared client could not be loaded');
    view.unmount();
    await settle();
    expect(client.destroyed).toBe(true);
  });
});

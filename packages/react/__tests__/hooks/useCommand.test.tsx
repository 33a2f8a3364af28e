import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WinCallError } from '@wincall/core';
import { useCommand } from '../../src';
import { result } from '../support/fakeServer';
import { createHarness, signIn } from '../support/render';

function setup<N extends Parameters<typeof useCommand>[0]>(name: N, options?: Parameters<typeof useCommand>[1]) {
  const harness = createHarness();
  const view = renderHook(() => useCommand(name, options), { wrapper: harness.wrapper });
  return { ...harness, view };
}

describe('useCommand', () => {
  it('runs the command and shows it pending until the server answers', async () => {
    const { view, client, server } = setup('busy');
    await act(() => signIn(client));
    server.hold(4);
    let run!: Promise<unknown>;
    act(() => {
      run = view.result.current.run(101);
    });
    expect(view.result.current.pending).toBe(true);
    expect(server.actions(4)).toEqual([{ Action: 4, Reason: 101 }]);
    await act(async () => {
      server.push(result(4));
      await run;
    });
    expect(await run).toMatchObject({ code: '005000' });
    expect(view.result.current).toMatchObject({ pending: false, error: null });
  });

  it('ignores a second run while the first is in flight: nothing is sent twice', async () => {
    const { view, client, server } = setup('busy');
    await act(() => signIn(client));
    server.hold(4);
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = view.result.current.run();
      second = view.result.current.run();
    });
    expect(await second).toBeUndefined();
    expect(server.actions(4)).toHaveLength(1);
    await act(async () => {
      server.push(result(4));
      await first;
    });
  });

  it('keeps the failure as `error` instead of rejecting', async () => {
    const onError = vi.fn();
    const { view, client, server } = setup('busy', { onError });
    await act(() => signIn(client));
    server.reply(4, () => [result(4, 4)]);
    let outcome: unknown = 'unset';
    await act(async () => {
      outcome = await view.result.current.run();
    });
    expect(outcome).toBeUndefined();
    expect(view.result.current.error).toBeInstanceOf(WinCallError);
    expect((view.result.current.error as WinCallError).text('zh-CN')).toBe('不允许置忙');
    expect(onError).toHaveBeenCalledWith(view.result.current.error);
    act(() => view.result.current.reset());
    expect(view.result.current.error).toBeNull();
  });

  it('catches programmer errors too, so nothing is left unhandled', async () => {
    const { view, client } = setup('dtmf');
    await act(() => signIn(client));
    await act(async () => {
      await view.result.current.run('not digits');
    });
    expect(view.result.current.error).toBeInstanceOf(RangeError);
  });

  it('reports a command started elsewhere as pending', async () => {
    const { view, client, server } = setup('hold');
    await act(() => signIn(client));
    server.hold(4);
    let busy!: Promise<unknown>;
    act(() => {
      busy = client.busy();
    });
    expect(view.result.current.pending).toBe(false);
    const hold = renderHook(() => useCommand('busy'), { wrapper: createHarnessWrapper(client) });
    expect(hold.result.current.pending).toBe(true);
    await act(async () => {
      server.push(result(4));
      await busy;
    });
    expect(hold.result.current.pending).toBe(false);
  });

  it('calls onSuccess with the result', async () => {
    const onSuccess = vi.fn();
    const { view, client } = setup('unbusy', { onSuccess });
    await act(() => signIn(client, 'busy'));
    await act(() => view.result.current.run());
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ code: '006000' }));
  });

  it('does not update an unmounted component when the answer comes late', async () => {
    const { view, client, server } = setup('busy');
    await act(() => signIn(client));
    server.hold(4);
    const error = vi.spyOn(console, 'error');
    let run!: Promise<unknown>;
    act(() => {
      run = view.result.current.run();
    });
    view.unmount();
    server.push(result(4));
    await run;
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

import { WinCallProvider } from '../../src';
import type { WinCallClient } from '@wincall/core';
import type { ReactNode } from 'react';

function createHarnessWrapper(client: WinCallClient) {
  return ({ children }: { children: ReactNode }) => <WinCallProvider client={client}>{children}</WinCallProvider>;
}

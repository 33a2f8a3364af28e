import type { WinCallClient, WinCallState } from '../../src';

/**
 * Resolves when the client's state satisfies `predicate` (bounded: no sleeping on behaviour).
 * Pure (no Node, no DOM): the core's, the simulator's and the devtools' tests share it, in Node and
 * in Chromium.
 */
export function until(client: WinCallClient, predicate: (state: WinCallState) => boolean, timeoutMs = 10_000): Promise<WinCallState> {
  if (predicate(client.getState())) return Promise.resolve(client.getState());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`state never matched; last: ${JSON.stringify(client.getState(), null, 1)}`));
    }, timeoutMs);
    const unsubscribe = client.store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
    });
  });
}

import type { WinCallClient, WinCallState } from '@wincall/core';

/** Waits (bounded) until the client's state satisfies `predicate`. */
export function until(client: WinCallClient, predicate: (s: WinCallState) => boolean, timeoutMs = 10_000): Promise<WinCallState> {
  return new Promise((resolve, reject) => {
    if (predicate(client.getState())) return resolve(client.getState());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`state never matched; last: ${JSON.stringify(client.getState())}`));
    }, timeoutMs);
    const stop = client.store.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}

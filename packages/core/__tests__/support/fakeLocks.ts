import type { LockManagerLike } from '../../src/tabs';

/** An in-process stand-in for `navigator.locks`: exclusive, first come first served. */
export function createFakeLocks(): LockManagerLike {
  type Waiter = { run: () => void; aborted: boolean };
  const queues = new Map<string, Waiter[]>();
  const held = new Set<string>();

  const next = (name: string) => {
    if (held.has(name)) return;
    const queue = queues.get(name) ?? [];
    let waiter = queue.shift();
    while (waiter?.aborted) waiter = queue.shift();
    waiter?.run();
  };

  return {
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          aborted: false,
          run: () => {
            held.add(name);
            callback().then(
              (value) => {
                held.delete(name);
                resolve(value);
                next(name);
              },
              (error: unknown) => {
                held.delete(name);
                reject(error);
                next(name);
              },
            );
          },
        };
        signal?.addEventListener('abort', () => {
          waiter.aborted = true;
          reject(new Error('AbortError'));
        });
        queues.set(name, [...(queues.get(name) ?? []), waiter]);
        next(name);
      });
    },
  };
}

/**
 * A tiny state container (zustand's vanilla shape): `getState`, `setState`, `subscribe`. A
 * listener that throws is reported and never stops the others, nor the device.
 */
export interface Store<S> {
  getState(): S;
  /** Merges a patch; listeners run only when something changed (by identity, key by key). */
  setState(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
  /** Forgets every listener (the device was destroyed). */
  clear(): void;
}

export function createStore<S extends object>(initial: S, onListenerError: (error: unknown) => void): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    getState: () => state,
    setState(patch) {
      const part = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(part) as (keyof S)[];
      if (keys.every((key) => Object.is(state[key], part[key]))) return;
      const previous = state;
      state = { ...state, ...part };
      for (const listener of [...listeners]) {
        try {
          listener(state, previous);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    clear() {
      listeners.clear();
    },
  };
}

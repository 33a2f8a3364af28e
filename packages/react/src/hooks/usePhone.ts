import { useCallback, useSyncExternalStore } from 'react';
import type { PhoneState } from '@wincall/core';
import { useWinCall } from './useWinCall';

const NO_STORE = { subscribe: () => () => undefined, getState: () => undefined };

/**
 * A slice of the browser phone's state (`client.phone`), or `undefined` when the client has none
 * (a desk phone). The selector returns an existing part of the state or a primitive.
 */
export function usePhoneSelector<T>(selector: (state: PhoneState) => T): T | undefined {
  const client = useWinCall();
  const store = client.phone?.store ?? NO_STORE;
  const getSnapshot = useCallback(() => {
    const state = store.getState();
    return state === undefined ? undefined : selector(state);
  }, [store, selector]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

const whole = (state: PhoneState) => state;

/** The browser phone's state, or `null` with a desk phone. Re-renders on every change of it. */
export function usePhone(): PhoneState | null {
  return usePhoneSelector(whole) ?? null;
}

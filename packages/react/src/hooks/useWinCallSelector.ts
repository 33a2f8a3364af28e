import { useCallback, useSyncExternalStore } from 'react';
import type { WinCallState } from '@wincall/core';
import { useWinCall } from './useWinCall';

/**
 * A slice of the client state. The selector must return an existing part of the state or a
 * primitive (not a new object), so the component re-renders only when that slice changes.
 */
export function useWinCallSelector<T>(selector: (state: WinCallState) => T): T {
  const { store } = useWinCall();
  const getSnapshot = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

import { useCallback } from 'react';
import { unavailableReason, type ActionName, type UnavailableReason, type WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

/** Why `action` is not available now (translate it with `reason.<value>`), or `null` when it is. */
export function useUnavailableReason(action: ActionName): UnavailableReason | null {
  const selector = useCallback((state: WinCallState) => unavailableReason(state, action), [action]);
  return useWinCallSelector(selector);
}

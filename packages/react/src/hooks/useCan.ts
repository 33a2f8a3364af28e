import { useCallback } from 'react';
import { canSendDtmf, type ActionName, type WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

/** Whether `action` is allowed now. `'dtmf'` (no vendor action name) is allowed while talking. */
export function useCan(action: ActionName | 'dtmf'): boolean {
  const selector = useCallback(
    (state: WinCallState) => (action === 'dtmf' ? canSendDtmf(state) : state.availableActions.includes(action)),
    [action],
  );
  return useWinCallSelector(selector);
}

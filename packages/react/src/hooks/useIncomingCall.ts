import type { CallState, WinCallState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

const selectRinging = (state: WinCallState) => (state.call?.phase === 'ringing' ? state.call : null);

/** The ringing call (with its kind and params: `Caller`, `QueId`…), or `null`. */
export function useIncomingCall(): CallState | null {
  return useWinCallSelector(selectRinging);
}

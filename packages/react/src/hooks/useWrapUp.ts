import { wrapUpPending, type WinCallState, type WrapUpState } from '@wincall/core';
import { useWinCallSelector } from './useWinCallSelector';

export interface WrapUpView {
  /** The wrap-up of the current call (or of the last one, while open); null when there is none. */
  wrapUp: WrapUpState | null;
  /** A code must be chosen (the client's `wrapUp.required`). */
  required: boolean;
  /** A required code is still missing: Ready waits for it (in after-call work). */
  pending: boolean;
}

const selectWrapUp = (state: WinCallState) => state.wrapUp;
const selectRequired = (state: WinCallState) => state.agent.wrapUpPolicy === 'required';

/** The wrap-up in the client's state (`client.setWrapUp` changes it): the same in every tab. */
export function useWrapUp(): WrapUpView {
  const wrapUp = useWinCallSelector(selectWrapUp);
  const required = useWinCallSelector(selectRequired);
  const pending = useWinCallSelector(wrapUpPending);
  return { wrapUp, required, pending };
}

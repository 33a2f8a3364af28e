import { useMemo } from 'react';
import type { CallKind, CallPhase } from '@wincall/core';
import { useActiveCall } from './useActiveCall';
import { useNow } from './useNow';

export interface CallView {
  phase: CallPhase;
  kind: CallKind;
  params: Readonly<Record<string, string>>;
  startedAt: number;
  connectedAt: number | undefined;
  /** While held: when the hold began. */
  heldSince: number | undefined;
  alwaysOn: boolean;
  /** Since the call appeared, updated every second. */
  durationMs: number;
  /** Since it was first connected (0 before), updated every second. */
  talkMs: number;
  /** Time on hold while held (0 otherwise), updated every second. */
  holdMs: number;
}

/**
 * The current call with ticking durations, or `null`. Re-renders every second during a call:
 * use it in a small component, or `useActiveCall()` where no clock is needed.
 */
export function useCall(): CallView | null {
  const call = useActiveCall();
  const now = useNow(1000);
  return useMemo(() => {
    if (!call) return null;
    return {
      phase: call.phase,
      kind: call.kind,
      params: call.params,
      startedAt: call.startedAt,
      connectedAt: call.connectedAt,
      heldSince: call.heldSince,
      alwaysOn: call.alwaysOn === true,
      durationMs: Math.max(0, now - call.startedAt),
      talkMs: call.connectedAt === undefined ? 0 : Math.max(0, now - call.connectedAt),
      holdMs: call.heldSince === undefined ? 0 : Math.max(0, now - call.heldSince),
    };
  }, [call, now]);
}

import type { CallKind, CallState } from '@wincall/core';
import type { MessageKey } from '@wincall/react';

/**
 * The customer's number on a call. A consult from a colleague rings with the colleague's extension
 * as `Caller` and the customer in `Others`; calls the agent places carry the customer in `Called`.
 */
export function customerNumberOf(call: Pick<CallState, 'kind' | 'params'>): string {
  const { Caller = '', Called = '', Others = '' } = call.params;
  if (call.kind === 'consult') return Others;
  if (call.kind === 'outbound' || call.kind === 'autocall') return Called || Caller;
  return Caller || Called;
}

/** `QueId` of a call that came through a queue. */
export function queueIdOf(call: Pick<CallState, 'params'>): number | null {
  const id = Number(call.params.QueId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Rings that show a customer: not the agent's own leg of a call it places or monitors, not a colleague calling. */
export const POPS_CUSTOMER = new Set<CallKind>(['queue', 'outer', 'consult', 'autocall', null]);

/** The softphone bar's catalog key for a call kind ("队列来电"…). */
export const kindMessageKey = (kind: CallKind): MessageKey => (kind ? `kind.${kind}` : 'kind.unknown');

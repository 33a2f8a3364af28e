import type { CallKind, CallState } from '@wincall/core';
import type { MessageKey } from '../i18n';

/** The number on the other end: who called in, or who the agent is calling. */
export function partyNumber(call: Pick<CallState, 'kind' | 'params'>): string {
  const { Caller, Called } = call.params;
  if (call.kind === 'outbound' || call.kind === 'autocall') return Called || Caller || '';
  return Caller || Called || '';
}

/** The queue a call came through (`QueId`), when it has one. */
export function queueIdOf(call: Pick<CallState, 'params'>): number | undefined {
  const id = Number(call.params.QueId);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function kindKey(kind: CallKind): MessageKey {
  return kind ? `kind.${kind}` : 'kind.unknown';
}

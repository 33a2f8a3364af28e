import type { WinCallClient, WinCallEventMap } from '@wincall/core';

/** `detail` of the `error` event: a client error (command, connection), or a setup error (a missing attribute). */
export type SoftphoneErrorDetail = WinCallEventMap['error'] | { error: Error };

/**
 * The DOM events of `<wincall-softphone>`: `CustomEvent`s that bubble and are `composed`, so a
 * listener on the element, any ancestor or the document receives them. Details are the core's
 * event payloads (`previous` and `current` state, `at`, plus the fields below).
 */
export interface WinCallSoftphoneEventMap {
  /** A call rings on the agent's phone: `detail.call` (`call.params.Caller`, `CallId`, `kind`…). */
  incomingcall: CustomEvent<WinCallEventMap['incomingCall']>;
  /** The call is over: `detail.call` as last seen, `durationMs`, `talkMs`. */
  callended: CustomEvent<WinCallEventMap['callEnded']>;
  /** The call and its wrap-up are over: `detail.record`, its complete `CallRecord`, once per call. */
  callrecord: CustomEvent<WinCallEventMap['callRecord']>;
  /** The agent's status changed: `detail.status` (`idle`, `busy`, `occupied`, `afterCallWork`…). */
  statuschange: CustomEvent<WinCallEventMap['agentStatusChanged']>;
  /** A command or the connection failed (`detail.error`, a `WinCallError`), or the element is set up wrong (a `TypeError`), or the bar crashed (it then shows a retry panel). */
  error: CustomEvent<SoftphoneErrorDetail>;
  /** The element created a new client (connected, or server settings changed) or dropped it (`null`). */
  clientchange: CustomEvent<{ client: WinCallClient | null }>;
}

/** Which core event becomes which DOM event. */
const BRIDGED = {
  incomingCall: 'incomingcall',
  callEnded: 'callended',
  callRecord: 'callrecord',
  agentStatusChanged: 'statuschange',
  error: 'error',
} as const satisfies Partial<Record<keyof WinCallEventMap, keyof WinCallSoftphoneEventMap>>;

export function dispatch<K extends keyof WinCallSoftphoneEventMap>(
  target: EventTarget,
  type: K,
  detail: WinCallSoftphoneEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Re-dispatches the client's events on `target`; returns the unsubscribe. */
export function bridgeEvents(client: WinCallClient, target: EventTarget): () => void {
  const offs = (Object.keys(BRIDGED) as (keyof typeof BRIDGED)[]).map((name) =>
    client.on(name, (payload) => dispatch(target, BRIDGED[name], payload as never)),
  );
  return () => offs.forEach((off) => off());
}

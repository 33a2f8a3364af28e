import { useEffect, useRef } from 'react';
import type { Handler, WinCallEventName } from '@wincall/core';
import { useWinCall } from './useWinCall';

/**
 * Subscribes to a client event for the component's lifetime. The subscription is made once per
 * client and event name; the latest `handler` is always the one called.
 */
export function useWinCallEvent<K extends WinCallEventName>(name: K, handler: Handler<K>): void {
  const client = useWinCall();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.on(name, (payload) => latest.current(payload)), [client, name]);
}

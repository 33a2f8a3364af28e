import { COMMAND_GUARDS, initialState, unavailableReason, WinCallError, type Command, type WinCallClient } from '@wincall/core';

/**
 * What a `WinCallProvider` given `options` offers before its client exists. The client is created
 * after mount (never during render: rendering stays pure for server rendering, prerendering and
 * StrictMode), so the server and the first client render show the signed-out state, which is also
 * the real client's first state. The stand-in has no connection and never gets one (`destroyed`);
 * its commands reject with `DESTROYED`. Pure: no clock, no timers, no listeners.
 */
export function createStandInClient(vccCode: string): WinCallClient {
  const state = initialState(0);
  const store: WinCallClient['store'] = {
    getState: () => state,
    getInitialState: () => state,
    setState: () => undefined,
    subscribe: () => () => undefined,
  };
  const refuse = (action: Command) => () =>
    Promise.reject(new WinCallError({ code: 'DESTROYED', action, reason: 'destroyed' }));
  const commands = Object.fromEntries(
    (Object.keys(COMMAND_GUARDS) as Command[]).map((command) => [command, refuse(command)]),
  ) as unknown as Omit<WinCallClient, 'store' | 'api' | 'vccCode' | 'getState' | 'on' | 'connect' | 'unavailableReason' | 'clearError' | 'dismissNotice' | 'setNextStatus' | 'reconnect' | 'getParam' | 'destroy' | 'destroyed' | 'wrapUpCodes' | 'setWrapUp'>;
  return {
    ...commands,
    store,
    api: null,
    vccCode,
    getState: () => state,
    on: () => () => undefined,
    connect: () => Promise.reject(new WinCallError({ code: 'DESTROYED', action: null, reason: 'destroyed' })),
    unavailableReason: (action) => unavailableReason(state, action),
    clearError: () => undefined,
    dismissNotice: () => undefined,
    setNextStatus: () => undefined,
    wrapUpCodes: () => Promise.resolve([]),
    setWrapUp: () => Promise.reject(new WinCallError({ code: 'DESTROYED', action: null, reason: 'destroyed' })),
    reconnect: () => undefined,
    getParam: () => undefined,
    destroy: () => undefined,
    destroyed: true,
  };
}

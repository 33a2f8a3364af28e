import { resultCode } from '../protocol/results';
import { AGENT_RESPONSES, QUEUE_STATE, type QueueState } from './agentResponses';
import { looselyEquals } from './loose';
import { PHONE_RESPONSES, RINGING_STATES, ringResponse } from './phoneResponses';
import { SIGNED_OUT, buildResponse } from './response';
import { RESULT_RESPONSES, signedInShape } from './resultResponses';
import type { WinCallResponse } from './types';

/** The legacy client's flags that decide how a message is shown and which commands are allowed. */
export interface FacadeState {
  isLogin: boolean;
  isCalling: boolean;
  queueState: QueueState;
}

/** What the facade must do besides showing the response, in order, before the listener is called. */
export type Effect =
  | { kind: 'copyParams'; fields: Record<string, unknown> }
  | { kind: 'clearParams' }
  | { kind: 'setParam'; name: string; value: unknown }
  /** INIT succeeded: its Retmsg carries `[queues, callers, phonePassword]`. */
  | { kind: 'session'; detail: unknown }
  | { kind: 'queues'; value: unknown }
  | { kind: 'callers'; value: unknown }
  /** Send LOGIN 500 ms from now. */
  | { kind: 'scheduleSignIn' }
  /** Send UNINIT. */
  | { kind: 'signOut' }
  | { kind: 'startRelogin' }
  | { kind: 'stopRelogin' }
  | { kind: 'forcedIdle' }
  | { kind: 'forcedBusy' }
  | { kind: 'keepAlive' };

export interface Interpretation {
  /** `null`: the listener is not called. */
  response: WinCallResponse | null;
  next: Partial<FacadeState>;
  effects: Effect[];
}

const INIT = 100;
const LOGIN = 2;

/**
 * One server message, the way the legacy client handled it: the response its listener got, the
 * flags it changed and the commands it sent. Values are compared strictly, as the legacy
 * `switch` statements did (an `MT` of `"3"` is an unknown message), except where it compared
 * loosely (copying call parameters on `MT == 3 || MT == 7`, `OAgId == 0`).
 */
export function interpretMessage(message: Record<string, unknown>, state: FacadeState): Interpretation {
  const result = interpretByType(message, state);
  if (looselyEquals(message.MT, 3) || looselyEquals(message.MT, 7)) {
    result.effects.unshift({ kind: 'copyParams', fields: message });
  }
  return result;
}

function interpretByType(m: Record<string, unknown>, state: FacadeState): Interpretation {
  switch (m.MT) {
    case 1:
      return interpretResult(m.Retact, m.Ret, m.Retmsg, state);
    case 2:
      // The legacy client crashed here (it called a method that does not exist) before calling
      // the listener; we reply as the protocol asks and, like it, show nothing.
      return { response: null, next: {}, effects: [{ kind: 'keepAlive' }] };
    case 3:
      return interpretPhone(m);
    case 4:
      return interpretAgent(m);
    case 7:
      return show(buildResponse('070', { type: 'ivr_return_event' }, m.IvrResult));
    case 8:
      return interpretDataUpdate(m);
    case 10:
      return interpretOrder(m.Code);
    default:
      // MT 5 (queue statistics), MT 6 (state after login) and unknown types: an empty response.
      return show(buildResponse(''));
  }
}

function interpretResult(retact: unknown, ret: unknown, detail: unknown, state: FacadeState): Interpretation {
  const code = legacyResultCode(retact, ret);
  if (retact === INIT) {
    return ret === 0
      ? show(buildResponse(code), {}, [{ kind: 'session', detail }, { kind: 'scheduleSignIn' }])
      : show(buildResponse(code));
  }
  if (retact === LOGIN) {
    // LOGIN Ret 1 ("already signed in") counts as success; any failure drops the session.
    return ret === 0 || ret === 1
      ? show(buildResponse(code, signedInShape(state.queueState === QUEUE_STATE.idle)), { isLogin: true }, [
          { kind: 'stopRelogin' },
        ])
      : show(buildResponse(code), {}, [{ kind: 'signOut' }]);
  }

  const entry = typeof retact === 'number' ? RESULT_RESPONSES[retact] : undefined;
  const succeeded = entry !== undefined && entry.rets.includes(ret as number);
  const response = buildResponse(code, succeeded ? entry.shape : {});
  switch (retact) {
    case 1:
      return show(response, succeeded ? { isLogin: false } : {});
    case 3:
      // LOGOUT answered: the legacy client then also dropped the session (UNINIT).
      if (ret === 0) return show(response, { queueState: QUEUE_STATE.signedOut, isLogin: false }, [{ kind: 'signOut' }]);
      return show(response, succeeded ? { isLogin: false } : {});
    case 4:
      return show(response, succeeded ? { queueState: QUEUE_STATE.busy } : {});
    case 5:
      // UNBUSY Ret 3 ("already idle") changes the state without counting as a success.
      return show(response, ret === 0 || ret === 3 ? { queueState: QUEUE_STATE.unbusy } : {});
    default:
      return show(response);
  }
}

/** The legacy code of a result whose fields may not be numbers (they then match no legacy case). */
function legacyResultCode(retact: unknown, ret: unknown): string {
  if (typeof retact !== 'number') return `UNKNOWN_FUNCTION${String(retact)}`;
  if (typeof ret === 'number') return resultCode(retact, ret);
  return retact === INIT ? `001${String(ret)}` : resultCode(retact, Number.NaN);
}

function interpretPhone(m: Record<string, unknown>): Interpretation {
  if (RINGING_STATES.has(m.PhoSta)) {
    const ring = ringResponse(m.RingType, m.OAgId);
    return show(buildResponse(ring.code, ring.shape));
  }
  const phone = PHONE_RESPONSES.get(m.PhoSta);
  if (!phone) return show(buildResponse(`UNKNOWN_PHONE_FUNCTION${String(m.PhoSta)}`));
  const next = phone.inCall === undefined ? {} : { isCalling: phone.inCall };
  // A hangup ends the call: its parameters are gone (fn_getParam returns '' from now on).
  const effects: Effect[] = m.PhoSta === 0 ? [{ kind: 'clearParams' }] : [];
  return show(buildResponse(phone.code, phone.shape), next, effects);
}

function interpretAgent(m: Record<string, unknown>): Interpretation {
  const agent = AGENT_RESPONSES.get(m.AgSta);
  if (!agent) return show(buildResponse(`UNKNOWN_QUE_FUNCTION${String(m.AgSta)}`));
  const effects: Effect[] = agent.param ? [{ kind: 'setParam', name: agent.param, value: m.AgStaParam }] : [];
  return show(buildResponse(agent.code, agent.shape), { queueState: agent.queueState }, effects);
}

function interpretDataUpdate(m: Record<string, unknown>): Interpretation {
  if (m.Param === 1) return show(buildResponse('080', { type: 'update_queue_event' }), {}, [{ kind: 'queues', value: m.Data }]);
  if (m.Param === 2) return show(buildResponse('080', { type: 'update_caller_event' }), {}, [{ kind: 'callers', value: m.Data }]);
  return show(buildResponse('080'));
}

/** MT 10 (protocol.md §3.4). Codes without a legacy code of their own are shown as the server sent them. */
function interpretOrder(code: unknown): Interpretation {
  switch (code) {
    case 4:
      return show(buildResponse('024', SIGNED_OUT), { isLogin: false });
    case 5:
      return show(buildResponse('025'), {}, [{ kind: 'forcedIdle' }]);
    case 6:
      return show(buildResponse('026'), {}, [{ kind: 'forcedBusy' }]);
    case 100:
      // A network fault at the server: shown as signed out, and the client signs in again every 10 s.
      return show(buildResponse(100, { agStatus: '未签入', queStatus: '未签入' }), {}, [{ kind: 'startRelogin' }]);
    default:
      return show(buildResponse(typeof code === 'number' || typeof code === 'string' ? code : String(code)));
  }
}

function show(response: WinCallResponse, next: Partial<FacadeState> = {}, effects: Effect[] = []): Interpretation {
  return { response, next, effects };
}

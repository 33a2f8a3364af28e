import { wire } from '../protocol/commands';
import { ACTION_NUMBERS } from '../protocol/operations';
import { LOGIN_PARAMETER_MISSING, NUMBER_EMPTY } from '../protocol/numbers';
import { QUEUE_STATE } from './agentResponses';
import { checkDialNumbers, initialQueueState, legacyInt } from './arguments';
import { WinCallSession, type Credentials } from './session';

/** What the legacy methods return: `false` when a guard refused (nothing sent), else `undefined`. */
type Outcome = false | undefined;
type Value = string | number;

/**
 * Drop-in replacement for the legacy `jquery.wincall.v2.js` `WinCall`: the same options, the same
 * `fn_*` methods with the same argument handling and guards, and the same `event_listener`
 * responses (see MIGRATION.md for the few deliberate differences).
 *
 * Arguments are sent as the legacy client sent them: ids through `parseInt(x) || 0`, numbers to
 * dial cleaned and checked, everything else as given (hence the casts to the wire types).
 */
export class WinCall extends WinCallSession {
  /** Signs in: INIT now (or once connected), then LOGIN 500 ms after INIT succeeds. `queState` 2 = busy, else idle. */
  fn_login(agentNum?: Value, agentPass?: Value, agentPhone?: Value, queState?: Value, olMode?: unknown): Outcome {
    if (this.state.isLogin) {
      this.stopRelogin();
      this.log('WinCall: already signed in');
      return false;
    }
    this.state.queueState = initialQueueState(queState);
    if (olMode) this.alwaysOn = olMode;
    if (!agentNum || !agentPass || !agentPhone) {
      this.localResult(ACTION_NUMBERS.authenticate, LOGIN_PARAMETER_MISSING);
      return false;
    }
    this.credentials = { agentNum, agentPass, agentPhone };
    this.authenticate(
      wire.authenticate({
        vccCode: this.opts.vcc_code,
        agentNum: agentNum as string,
        password: agentPass as string,
        extension: agentPhone as string,
      }),
    );
    return undefined;
  }

  /** Signs out and drops the session (UNINIT). A later reconnect does not sign the agent in again. */
  fn_logout(): Outcome {
    if (!this.allowed('signedIn')) return false;
    this.credentials = null;
    this.stopRelogin();
    return this.command('signedIn', wire.signOut);
  }

  /**
   * A call parameter (`Caller`, `CallId`, …; `''` when absent) or, without a name, the live map of
   * all of them; `false` when not signed in.
   */
  fn_getParam(): Record<string, unknown> | false;
  fn_getParam(name: string): unknown;
  fn_getParam(name?: string): unknown {
    if (!this.state.isLogin) return false;
    if (!name) return this.params;
    return (Object.hasOwn(this.params, name) && this.params[name]) || '';
  }

  fn_busy(reason?: Value): Outcome {
    return this.command('notInCall', () => wire.busy(reason === undefined ? 1 : legacyInt(reason)));
  }

  fn_unbusy(): Outcome {
    return this.command('notInCall', wire.unbusy);
  }

  /** Nothing to send with a desk phone: the agent answers on the phone (the legacy client only drove its softphone here). */
  fn_answer(): Outcome {
    return this.state.isLogin ? undefined : false;
  }

  fn_hangup(): Outcome {
    return this.command('signedIn', wire.hangup);
  }

  fn_hold(): Outcome {
    return this.command('inCall', wire.hold);
  }

  fn_restore(): Outcome {
    return this.command('inCall', wire.restore);
  }

  /** Calls another agent by id. Refused during a call; in after-call work it first sends UNBUSY. */
  fn_dialinner(agentID?: Value, callerID?: Value): Outcome {
    if (!this.allowed('notInCall')) return false;
    if (!agentID) {
      this.localResult(ACTION_NUMBERS.dialInner, NUMBER_EMPTY);
      return false;
    }
    if (!this.readyToDial()) return false;
    return this.command('signedIn', () => wire.dialInner(legacyInt(agentID), callerID as string));
  }

  /** Dials out. `called`/`callerID` are cleaned (spaces, `-`, `+`) and must be numeric (505/506/507 otherwise). */
  fn_dialouter(called?: Value, callerID?: Value, groupID?: Value, outChan?: Value, proID?: Value, taskID?: Value): Outcome {
    if (!this.allowed('notInCall')) return false;
    const numbers = checkDialNumbers(called, callerID);
    if (!numbers.ok) {
      this.localResult(ACTION_NUMBERS.dialOuter, numbers.ret);
      return false;
    }
    if (!this.readyToDial()) return false;
    this.records.add(numbers.called);
    return this.command('signedIn', () =>
      wire.dialOuter({
        called: numbers.called,
        caller: numbers.caller,
        queueId: legacyInt(groupID),
        outChannel: legacyInt(outChan),
        projectId: legacyInt(proID),
        taskId: legacyInt(taskID),
      }),
    );
  }

  /** Consults another agent (the vendor guide's second argument was never used). */
  fn_consultinner(agentID?: Value): Outcome {
    return this.command('inCall', () => wire.consultInner(legacyInt(agentID)));
  }

  fn_consultouter(called?: Value, caller?: Value): Outcome {
    if (!this.allowed('inCall')) return false;
    const numbers = checkDialNumbers(called, caller);
    if (!numbers.ok) {
      // The legacy client reported these as DIAL OUT results (022505…), and pages may key on that.
      this.localResult(ACTION_NUMBERS.dialOuter, numbers.ret);
      return false;
    }
    this.records.add(numbers.called);
    return this.command('inCall', () => wire.consultOuter(numbers.called, numbers.caller));
  }

  fn_consultback(): Outcome {
    return this.command('inCall', wire.consultBack);
  }

  fn_transfer(): Outcome {
    return this.command('inCall', wire.transfer);
  }

  fn_3way(): Outcome {
    return this.command('inCall', wire.threeWay);
  }

  fn_3wayback(): Outcome {
    return this.command('inCall', wire.threeWayBack);
  }

  fn_chanspy(agentID?: Value): Outcome {
    return this.command('signedIn', () => wire.chanspy(legacyInt(agentID)));
  }

  fn_intercept(): Outcome {
    return this.command('signedIn', wire.intercept);
  }

  fn_breakin(): Outcome {
    return this.command('signedIn', wire.breakin);
  }

  fn_evaluate(): Outcome {
    return this.command('inCall', wire.evaluate);
  }

  fn_dtmf(num?: Value): Outcome {
    return this.command('inCall', () => wire.dtmf(num as string));
  }

  fn_autocallin(proID?: Value): Outcome {
    return this.command('signedIn', () => wire.joinAutoDial(legacyInt(proID)));
  }

  fn_autocallout(): Outcome {
    return this.command('signedIn', wire.leaveAutoDial);
  }

  fn_transivr(): Outcome {
    return this.command('signedIn', wire.transferToIvr);
  }

  fn_transque(queId?: Value): Outcome {
    return this.command('signedIn', () => wire.transferToQueue(queId as number));
  }

  /** Transfers to a queue of another tenant. A queue id that does not read as a number goes out as `null`, as before. */
  fn_transvccque(queId?: Value, vccId?: Value): Outcome {
    return this.command('signedIn', () => wire.transferToTenantQueue(Number.parseInt(String(queId)), legacyInt(vccId)));
  }

  /** Blind transfer (sic: the legacy name). Numbers go out as given: the legacy client did not check them here. */
  fn_bindtrans(called?: Value, caller?: Value): Outcome {
    return this.command('signedIn', () => wire.blindTransfer(called as string, caller as string));
  }

  /** The agent's queue ids, from INIT (or a later data update). */
  fn_get_que(): (number | string)[] {
    return this.queues;
  }

  /** The caller numbers the agent may show, from INIT (or a later data update). */
  fn_get_caller(): string[] {
    return this.callers;
  }

  /** The last 10 numbers dialled out or consulted, newest first. */
  fn_get_callrecord(): string[] {
    return this.records.list();
  }

  fn_set_callrecord(number?: Value): boolean {
    return this.records.add(number);
  }

  protected relogin(credentials: Credentials, queueState: number): void {
    this.fn_login(credentials.agentNum, credentials.agentPass, credentials.agentPhone, queueState);
  }

  /**
   * The legacy dial guard: allowed when idle, busy or set idle; in after-call work it first sends
   * UNBUSY; refused (silently) otherwise, e.g. while the server has the agent occupied.
   */
  private readyToDial(): boolean {
    const queueState = this.state.queueState;
    if (queueState === QUEUE_STATE.idle || queueState === QUEUE_STATE.busy || queueState === QUEUE_STATE.unbusy) return true;
    if (queueState !== QUEUE_STATE.afterCallWork) return false;
    this.fn_unbusy();
    return true;
  }
}

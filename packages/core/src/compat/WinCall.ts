import { wire } from '../protocol/commands';
import { ACTION_NUMBERS } from '../protocol/operations';
import { LOGIN_PARAMETER_MISSING, NUMBER_EMPTY } from '../protocol/numbers';
import { QUEUE_STATE } from './agentResponses';
import { checkDialNumbers, initialQueueState, legacyInt } from './arguments';
import { createFacadePhone } from './browserPhone';
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
  /** The browser phone with `phonetype: 'softphone'` and `softphone_ws_url`; `null` with a desk phone. */
  private readonly phone = createFacadePhone(
    this.opts,
    (response) => this.emit(response),
    (...items) => this.log(...items),
  );

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
    this.phone?.prepare();
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
    this.phone?.signedOut();
    return this.command('signedIn', wire.signOut);
  }

  /** Closes the connection for good (and unregisters the browser phone). */
  override disconnect(): void {
    super.disconnect();
    this.phone?.signedOut();
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

  /**
   * With the browser phone: answers the ringing call here (waiting up to 10 s for the SIP ring
   * when the server's ring came first; failures arrive as `phone_failed_event`). With a desk phone
   * there is nothing to send: the agent answers on the phone.
   */
  fn_answer(): Outcome {
    if (!this.state.isLogin) return false;
    this.phone?.answer();
    return undefined;
  }

  /**
   * Browser phone: mutes (`fn_mute()`, `fn_mute(true)`, `fn_mute(1)`) or unmutes (`fn_mute(false)`,
   * `fn_mute(0)`) the call in the browser: the customer hears silence. `false` when there is no
   * call in the browser (or a desk phone).
   */
  fn_mute(on?: unknown): Outcome {
    if (!this.state.isLogin || !this.phone) return false;
    const muted = !(on === false || on === 0 || on === '0' || on === 'false');
    return this.phone.setMuted(muted) ? undefined : false;
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
    return this.ownLeg(this.command('signedIn', () => wire.dialInner(legacyInt(agentID), callerID as string)));
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
    return this.ownLeg(
      this.command('signedIn', () =>
        wire.dialOuter({
          called: numbers.called,
          caller: numbers.caller,
          queueId: legacyInt(groupID),
          outChannel: legacyInt(outChan),
          projectId: legacyInt(proID),
          taskId: legacyInt(taskID),
        }),
      ),
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
    return this.ownLeg(this.command('signedIn', () => wire.chanspy(legacyInt(agentID))));
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

  protected override handled(message: Record<string, unknown>, wasSignedIn: boolean): void {
    const phone = this.phone;
    if (!phone) return;
    if (message.MT === 3) phone.callMessage(message.PhoSta, message.RingType);
    if (!wasSignedIn && this.state.isLogin && this.credentials) phone.signedIn(String(this.credentials.agentPhone));
    // A forced sign-out (MT 10 code 4); a dropped socket is not one: the browser's audio goes on.
    if (message.MT === 10 && message.Code === 4) phone.signedOut();
  }

  protected override phonePassword(secret: string): void {
    this.phone?.setPassword(secret);
  }

  /** A dial or monitor was sent: the PBX first rings the agent's own phone, which the browser picks up by itself. */
  private ownLeg(outcome: Outcome): Outcome {
    if (outcome === undefined) this.phone?.expectOwnLeg();
    return outcome;
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

import type { Command, WinCallError } from '../errors';
import type { ActionName, PendingCommand, WinCallState } from '../machine/state';
import { wire, type WireCommand } from '../protocol/commands';
import { checkNumbers, normalizeNumber } from '../protocol/numbers';
import { ACTION_NUMBERS } from '../protocol/operations';
import { localFailureCode } from '../protocol/results';
import type { CommandResult } from './createClient';

export interface DialOptions {
  /** The caller number to present; default: the agent's first allowed caller number. */
  caller?: string;
}

export interface DialOuterOptions extends DialOptions {
  /** The queue the call is made for (GroupID). */
  queueId?: number;
  outChannel?: number;
  /** Auto-dial project and task ids (ProID / TaskID). */
  projectId?: number;
  taskId?: number;
}

export interface BlindTransferOptions extends DialOptions {
  /**
   * The number is this colleague's extension: the call record names the agent as the transfer's
   * target. (wintel has no "transfer to an agent" command: BLIND TRANSFER takes a number, and the
   * PBX rings an extension dialled as one.)
   */
  agentId?: number;
}

/** Every command except sign-in: each resolves when the server confirms, or rejects with a `WinCallError`. */
export interface WinCallCommands {
  logout(): Promise<CommandResult>;
  /** Busy with a reason id from the busy-reason list; 1 (the default) is plain busy. */
  busy(reasonId?: number): Promise<CommandResult>;
  unbusy(): Promise<CommandResult>;
  hangup(): Promise<CommandResult>;
  /** Answers a ringing call from the browser (always-on mode only; otherwise pick up the desk phone). */
  answer(): Promise<CommandResult>;
  hold(): Promise<CommandResult>;
  restore(): Promise<CommandResult>;
  dialInner(agentId: number, options?: DialOptions): Promise<CommandResult>;
  dialOuter(called: string, options?: DialOuterOptions): Promise<CommandResult>;
  consultInner(agentId: number): Promise<CommandResult>;
  consultOuter(called: string, options?: DialOptions): Promise<CommandResult>;
  consultBack(): Promise<CommandResult>;
  transfer(): Promise<CommandResult>;
  threeWay(): Promise<CommandResult>;
  threeWayBack(): Promise<CommandResult>;
  /** Monitor another agent's call (supervisors). */
  chanspy(agentId: number): Promise<CommandResult>;
  intercept(): Promise<CommandResult>;
  breakin(): Promise<CommandResult>;
  /** Hand the customer to the satisfaction survey. */
  evaluate(): Promise<CommandResult>;
  /** Send DTMF digits (0-9, *, #) into the call. */
  dtmf(digits: string): Promise<CommandResult>;
  transferToIvr(): Promise<CommandResult>;
  transferToQueue(queueId: number): Promise<CommandResult>;
  transferToTenantQueue(queueId: number, tenantId: number): Promise<CommandResult>;
  /** Hands the customer to `called` and leaves the call; to a colleague: their extension, with `{ agentId }`. */
  blindTransfer(called: string, options?: BlindTransferOptions): Promise<CommandResult>;
  joinAutoDial(projectId: number): Promise<CommandResult>;
  leaveAutoDial(): Promise<CommandResult>;
  /** Asks the server to resend the agent's state. */
  query(): Promise<CommandResult>;
}

/**
 * The vendor action that must be available for each command to be sent: the local guard, and what
 * a UI asks about to enable the command's control (`dtmf`: while talking; `query`: never guarded).
 */
export const COMMAND_GUARDS: Readonly<Record<Command, ActionName | 'dtmf' | null>> = {
  login: 'login',
  logout: 'logout',
  busy: 'busy',
  unbusy: 'unbusy',
  hangup: 'hangup',
  answer: 'answer',
  hold: 'hold',
  restore: 'restore',
  dialInner: 'dialinner',
  dialOuter: 'dialouter',
  consultInner: 'consultinner',
  consultOuter: 'consultouter',
  consultBack: 'consultback',
  transfer: 'transfer',
  threeWay: 'threeway',
  threeWayBack: 'threewayback',
  chanspy: 'chanspy',
  intercept: 'intercept',
  breakin: 'breakin',
  evaluate: 'evaluate',
  dtmf: 'dtmf',
  transferToIvr: 'transivr',
  transferToQueue: 'transque',
  transferToTenantQueue: 'transvccque',
  blindTransfer: 'blindtrans',
  joinAutoDial: 'enable_autocall',
  leaveAutoDial: 'disable_autocall',
  query: null,
};

/** Every command method name, for wrappers that forward them (e.g. the multi-tab client). */
export const COMMAND_NAMES = [
  'logout',
  'busy',
  'unbusy',
  'hangup',
  'answer',
  'hold',
  'restore',
  'dialInner',
  'dialOuter',
  'consultInner',
  'consultOuter',
  'consultBack',
  'transfer',
  'threeWay',
  'threeWayBack',
  'chanspy',
  'intercept',
  'breakin',
  'evaluate',
  'dtmf',
  'transferToIvr',
  'transferToQueue',
  'transferToTenantQueue',
  'blindTransfer',
  'joinAutoDial',
  'leaveAutoDial',
  'query',
] as const satisfies readonly (keyof WinCallCommands)[];

// Compile-time check that the list above names every command.
type MissingCommand = Exclude<keyof WinCallCommands, (typeof COMMAND_NAMES)[number]>;
const everyCommandListed: MissingCommand extends never ? true : never = true;
void everyCommandListed;

export interface CommandRunner {
  execute(
    command: Exclude<Command, 'login'>,
    guard: ActionName | 'dtmf' | null,
    payload: WireCommand,
    pending?: PendingCommand,
  ): Promise<CommandResult>;
  /** Reports a local validation failure (nothing sent) and returns the error to reject with. */
  invalid(command: Command, code: string): WinCallError;
  getState(): WinCallState;
  afterLogout(): void;
  now(): number;
}

function requireId(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

const DTMF = /^[0-9*#]{1,32}$/;

export function buildCommands(runner: CommandRunner): WinCallCommands {
  const execute = (command: Exclude<Command, 'login'>, payload: WireCommand, pending?: PendingCommand) =>
    runner.execute(command, COMMAND_GUARDS[command], payload, pending);
  const defaultCaller = (caller: string | undefined) =>
    caller === undefined ? (runner.getState().agent.callers[0] ?? '') : normalizeNumber(caller);

  /** The legacy client leaves after-call work before dialling; so do we. */
  const leaveAfterCallWork = async () => {
    if (runner.getState().agent.status === 'afterCallWork') await execute('unbusy', wire.unbusy());
  };

  const numbers = async (
    command: 'dialOuter' | 'consultOuter' | 'blindTransfer',
    called: string,
    caller: string | undefined,
  ) => {
    const check = checkNumbers(called, defaultCaller(caller));
    if (!check.ok) throw runner.invalid(command, localFailureCode(ACTION_NUMBERS[command], check.ret));
    return check;
  };

  return {
    async logout() {
      const result = await execute('logout', wire.signOut());
      runner.afterLogout();
      return result;
    },
    async busy(reasonId = 1) {
      requireId('reasonId', reasonId);
      return execute('busy', wire.busy(reasonId), { command: 'busy', since: runner.now(), reasonId });
    },
    unbusy: () => execute('unbusy', wire.unbusy()),
    hangup: () => execute('hangup', wire.hangup()),
    answer: () => execute('answer', wire.answer()),
    hold: () => execute('hold', wire.hold()),
    restore: () => execute('restore', wire.restore()),
    async dialInner(agentId, options = {}) {
      requireId('agentId', agentId);
      await leaveAfterCallWork();
      return execute('dialInner', wire.dialInner(agentId, defaultCaller(options.caller)));
    },
    async dialOuter(called, options = {}) {
      const check = await numbers('dialOuter', called, options.caller);
      await leaveAfterCallWork();
      return execute(
        'dialOuter',
        wire.dialOuter({
          called: check.called,
          caller: check.caller,
          ...(options.queueId === undefined ? {} : { queueId: requireId('queueId', options.queueId) }),
          ...(options.outChannel === undefined ? {} : { outChannel: requireId('outChannel', options.outChannel) }),
          ...(options.projectId === undefined ? {} : { projectId: requireId('projectId', options.projectId) }),
          ...(options.taskId === undefined ? {} : { taskId: requireId('taskId', options.taskId) }),
        }),
      );
    },
    async consultInner(agentId) {
      requireId('agentId', agentId);
      return execute('consultInner', wire.consultInner(agentId), { command: 'consultInner', since: runner.now(), target: { type: 'agent', agentId } });
    },
    async consultOuter(called, options = {}) {
      const check = await numbers('consultOuter', called, options.caller);
      return execute('consultOuter', wire.consultOuter(check.called, check.caller), {
        command: 'consultOuter',
        since: runner.now(),
        target: { type: 'number', number: check.called },
      });
    },
    consultBack: () => execute('consultBack', wire.consultBack()),
    transfer: () => execute('transfer', wire.transfer()),
    threeWay: () => execute('threeWay', wire.threeWay()),
    threeWayBack: () => execute('threeWayBack', wire.threeWayBack()),
    async chanspy(agentId) {
      requireId('agentId', agentId);
      return execute('chanspy', wire.chanspy(agentId));
    },
    intercept: () => execute('intercept', wire.intercept()),
    breakin: () => execute('breakin', wire.breakin()),
    evaluate: () => execute('evaluate', wire.evaluate()),
    async dtmf(digits) {
      if (typeof digits !== 'string' || !DTMF.test(digits)) {
        throw new RangeError(`dtmf: digits must be 1-32 of 0-9 * #, got ${String(digits)}`);
      }
      return execute('dtmf', wire.dtmf(digits));
    },
    transferToIvr: () => execute('transferToIvr', wire.transferToIvr()),
    async transferToQueue(queueId) {
      requireId('queueId', queueId);
      return execute('transferToQueue', wire.transferToQueue(queueId));
    },
    async transferToTenantQueue(queueId, tenantId) {
      requireId('queueId', queueId);
      requireId('tenantId', tenantId);
      return execute('transferToTenantQueue', wire.transferToTenantQueue(queueId, tenantId));
    },
    async blindTransfer(called, options = {}) {
      if (options.agentId !== undefined) requireId('agentId', options.agentId);
      const check = await numbers('blindTransfer', called, options.caller);
      return execute('blindTransfer', wire.blindTransfer(check.called, check.caller));
    },
    async joinAutoDial(projectId) {
      requireId('projectId', projectId);
      return execute('joinAutoDial', wire.joinAutoDial(projectId));
    },
    leaveAutoDial: () => execute('leaveAutoDial', wire.leaveAutoDial()),
    query: () => execute('query', wire.query()),
  };
}

import type { StateSummary } from '@wincall/core';
import { ACTION_NUMBERS } from '@wincall/core/protocol';

/**
 * The part of a `@wincall/devtools` bug report that a replay needs (the devtools write it; see
 * packages/devtools/README.md, "Bug reports"). Entries are in the order the client saw them.
 */
export interface ReplayReport {
  format: 'wincall-bug-report';
  version: 1;
  options?: { vccCode?: string } & Record<string, unknown>;
  entries: ReplayEntry[];
}

export type ReplayEntry =
  /** A `toAgent` payload as the client received it (redacted). */
  | { dir: 'in'; at: number; payload: string }
  /** An `AgentCmd` the client sent (`sent: false`: the connection was down, nothing went out). */
  | { dir: 'out'; at: number; command: { Action: number } & Record<string, unknown>; sent: boolean }
  /** A state transition, with a summary of the state after it. */
  | { dir: 'transition'; at: number; input: { type: string; pending?: { command: string } & Record<string, unknown> }; state: StateSummary };

/** What an agent sees of a state (the core's `summarizeState`): compared between a recording and its replay. */
export type { StateSummary };

/** The report is not one a replay can use. */
export class ReplayReportError extends TypeError {
  override readonly name = 'ReplayReportError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed JSON value (e.g. a file from the devtools' "Export a bug report"). */
export function parseReplayReport(value: unknown): ReplayReport {
  if (!isObject(value) || value.format !== 'wincall-bug-report') {
    throw new ReplayReportError('not a wincall bug report (format must be "wincall-bug-report")');
  }
  if (value.version !== 1) throw new ReplayReportError(`unsupported bug report version ${String(value.version)} (this simulator reads version 1)`);
  if (!Array.isArray(value.entries)) throw new ReplayReportError('bug report has no entries array');
  value.entries.forEach((entry: unknown, index) => {
    const where = `entry ${index}`;
    if (!isObject(entry) || typeof entry.at !== 'number') throw new ReplayReportError(`${where}: expected { dir, at, … }`);
    if (entry.dir === 'in') {
      if (typeof entry.payload !== 'string') throw new ReplayReportError(`${where}: an "in" frame needs a payload string`);
    } else if (entry.dir === 'out') {
      if (!isObject(entry.command) || typeof entry.command.Action !== 'number') {
        throw new ReplayReportError(`${where}: an "out" frame needs a command with a numeric Action`);
      }
    } else if (entry.dir === 'transition') {
      if (!isObject(entry.input) || typeof entry.input.type !== 'string' || !isObject(entry.state)) {
        throw new ReplayReportError(`${where}: a transition needs an input and a state`);
      }
    } else {
      throw new ReplayReportError(`${where}: dir must be "in", "out" or "transition"`);
    }
  });
  return value as unknown as ReplayReport;
}

/** The state sequence of a recording: its summaries, each different from the one before. */
export function recordedStates(report: ReplayReport): StateSummary[] {
  return distinct(report.entries.flatMap((entry) => (entry.dir === 'transition' ? [entry.state] : [])));
}

export function distinct(states: StateSummary[]): StateSummary[] {
  return states.filter((state, i) => i === 0 || JSON.stringify(state) !== JSON.stringify(states[i - 1]));
}

/** A command the agent gave (through the client's API), and how many frames had arrived by then. */
export interface RecordedCommand {
  command: string;
  args: unknown[];
  afterFrames: number;
}

const ACTION_OF: Record<string, number> = { ...ACTION_NUMBERS, login: ACTION_NUMBERS.authenticate, logout: ACTION_NUMBERS.signOut };

/** Masked digits (`•`) become zeros, so a masked number still passes the client's number checks. */
const unmask = (value: unknown) => String(value ?? '').replace(/•/g, '0');
const num = (value: unknown) => Number(value ?? 0);

function argsOf(command: string, wire: Record<string, unknown>, pending: Record<string, unknown>): unknown[] {
  switch (command) {
    case 'login':
      return [
        {
          agentNum: String(wire.AgNum ?? pending.agentNum ?? ''),
          // Passwords never reach a report; the replay server accepts any.
          password: 'replay',
          extension: String(wire.AgPhoneNum ?? pending.extension ?? ''),
          initialStatus: pending.initialStatus === 'busy' ? 'busy' : 'idle',
        },
      ];
    case 'busy':
      return [num(wire.Reason)];
    case 'dialInner':
      return [num(wire.AgID), { caller: unmask(wire.CallerID) }];
    case 'dialOuter':
      return [unmask(wire.Called), { caller: unmask(wire.CallerID), queueId: num(wire.GroupID) }];
    case 'consultInner':
    case 'chanspy':
      return [num(wire.AgID)];
    case 'consultOuter':
    case 'blindTransfer':
      return [unmask(wire.Called), { caller: unmask(wire.Caller) }];
    case 'transferToQueue':
      return [num(wire.TransParam1)];
    case 'transferToTenantQueue':
      return [num(wire.TransQue), num(wire.TransVcc)];
    case 'joinAutoDial':
      return [num(wire.ProID)];
    default:
      return [];
  }
}

/**
 * The agent's commands in a recording: every command the client marked as pending (its
 * `commandSent` input), with the arguments read from the command it then put on the wire, plus
 * every DTMF digit (never pending). Automatic commands (heartbeat replies, obeying a supervisor,
 * re-sign-in) are the client's own and are not replayed as the agent's.
 */
export function recordedCommands(report: ReplayReport): RecordedCommand[] {
  const commands: RecordedCommand[] = [];
  let frames = 0;
  report.entries.forEach((entry, index) => {
    if (entry.dir === 'in') frames++;
    else if (entry.dir === 'out' && entry.command.Action === ACTION_NUMBERS.dtmf) {
      commands.push({ command: 'dtmf', args: [unmask(entry.command.Dtmf)], afterFrames: frames });
    } else if (entry.dir === 'transition' && entry.input.type === 'commandSent' && entry.input.pending) {
      const { command } = entry.input.pending;
      const action = ACTION_OF[command];
      const wire = report.entries.slice(index + 1).find((next) => next.dir === 'out' && next.command.Action === action);
      commands.push({
        command,
        args: argsOf(command, wire?.dir === 'out' ? wire.command : {}, entry.input.pending),
        afterFrames: frames,
      });
    }
  });
  return commands;
}

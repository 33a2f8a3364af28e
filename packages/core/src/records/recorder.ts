import type { Command } from '../errors';
import type { MachineInput } from '../machine/inputs';
import type { WinCallState } from '../machine/state';
import { normalizeNumber } from '../protocol/numbers';
import { emptyMemory, recordStep, type CallRecorderMemory } from './builder';
import type { CallRecord, CallTarget } from './types';

/** How a client continues the call records of a session another tab or page held before it. */
export interface CallRecordsOptions {
  /** What the previous holder of the session knew; read once, when the client first changes state. */
  resume?: () => CallRecorderMemory | null | undefined;
  /** Told the recorder's memory whenever it changes (to hand it over or keep it in the vault). */
  onMemory?: (memory: CallRecorderMemory) => void;
}

export interface CallRecorder {
  /** The agent asked for `command` with these arguments (before the command is sent). */
  intent(command: Command, args: readonly unknown[]): void;
  observe(input: MachineInput, previous: WinCallState, current: WinCallState, at: number): void;
}

/** Drives the pure builder for one client: keeps its memory and hands finished records to `emit`. */
export function createCallRecorder(options: CallRecordsOptions, emit: (record: CallRecord) => void): CallRecorder {
  let memory: CallRecorderMemory | null = null;
  const current = () => (memory ??= resumed(options.resume?.()));

  function apply(step: ReturnType<typeof recordStep>) {
    const before = current();
    memory = step.memory;
    if (step.memory.draft !== before.draft || step.memory.recent !== before.recent) options.onMemory?.(step.memory);
    for (const record of step.records) emit(record);
  }

  return {
    intent(command, args) {
      const target = targetOf(command, args);
      if (target !== undefined) apply(recordStep(current(), { type: 'intent', command, target }));
    },
    observe(input, previous, state, at) {
      apply(recordStep(current(), { type: 'transition', input, previous, current: state, at }));
    },
  };
}

/**
 * A memory handed over: its call is not yet matched to what this client's server reports, so it
 * waits for the resync (the same CallId continues it; anything else ends it as `connectionLost`).
 */
export function resumed(memory: CallRecorderMemory | null | undefined): CallRecorderMemory {
  if (!memory || typeof memory !== 'object' || !Array.isArray(memory.recent)) return emptyMemory();
  const draft = memory.draft ? { ...memory.draft, stateKey: null, awaitingResync: true } : null;
  return { draft, recent: memory.recent.filter((id) => typeof id === 'string'), intents: {} };
}

/** Whom a command reaches; `undefined` for commands that reach no one. */
function targetOf(command: Command, args: readonly unknown[]): CallTarget | null | undefined {
  const [first, second] = args;
  const id = typeof first === 'number' ? first : Number.NaN;
  switch (command) {
    case 'dialInner':
    case 'consultInner':
    case 'chanspy':
      return Number.isSafeInteger(id) ? { type: 'agent', agentId: id } : null;
    case 'blindTransfer': {
      // A colleague's extension, named by the agent picked in the directory.
      const agentId = (second as { agentId?: unknown } | undefined)?.agentId;
      if (typeof agentId === 'number' && Number.isSafeInteger(agentId)) return { type: 'agent', agentId };
      return { type: 'number', number: normalizeNumber(first) };
    }
    case 'dialOuter':
    case 'consultOuter':
      return { type: 'number', number: normalizeNumber(first) };
    case 'transferToQueue':
      return Number.isSafeInteger(id) ? { type: 'queue', queueId: id } : null;
    case 'transferToTenantQueue':
      return Number.isSafeInteger(id) && typeof second === 'number' ? { type: 'queue', queueId: id, tenantId: second } : null;
    case 'transferToIvr':
      return { type: 'ivr' };
    case 'evaluate':
      return { type: 'survey' };
    default:
      return undefined;
  }
}

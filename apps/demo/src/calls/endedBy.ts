import type { CallState, Command, StateChange } from '@wincall/core';
import type { EndedBy } from './callLog';

/**
 * Commands after which the end of the call is the agent's doing. Transfers to the IVR are not
 * here: the customer comes back to the agent.
 */
const ENDING_COMMANDS: Partial<Record<Command, EndedBy>> = {
  hangup: 'agent',
  logout: 'agent',
  transfer: 'transfer',
  blindTransfer: 'transfer',
  transferToQueue: 'transfer',
  transferToTenantQueue: 'transfer',
  evaluate: 'transfer',
};

/**
 * Who ended a call, from what the browser can observe. The wire says only "the call is over"
 * (PhoSta 0) whoever hung up, so the rule is: if the agent's own hang-up (or transfer) command was
 * sent during this call and did not fail, the agent ended it; otherwise the other side did. A desk
 * phone put down by hand is indistinguishable from the customer hanging up and counts as such.
 *
 * The server answers HANGUP with its result (MT 1) before the end of the call (PhoSta 0), so the
 * command is remembered when it starts, not looked up when the call ends.
 */
export function createEndedByTracker() {
  let note: { startedAt: number; command: Command; by: EndedBy } | null = null;
  return {
    /** Feed every state change (`stateChanged`). */
    observe({ previous, current }: StateChange): void {
      const { call, pending, lastError } = current;
      if (call && pending && pending !== previous.pending) {
        const by = ENDING_COMMANDS[pending.command];
        if (by) note = { startedAt: call.startedAt, command: pending.command, by };
      }
      // The command failed (refused, timed out): the call goes on and whoever ends it later decides.
      if (note && lastError && lastError !== previous.lastError && lastError.action === note.command) note = null;
    },
    /** For `callEnded`: who ended `call`. */
    endedBy(call: Pick<CallState, 'startedAt'>): EndedBy {
      const by = note && note.startedAt === call.startedAt ? note.by : 'customer';
      note = null;
      return by;
    },
  };
}

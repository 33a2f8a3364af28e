import type { Context } from './context';
import { hangUp, phoneUnreachable } from './hangup';
import { answer } from './legs';
import type { Agent } from './types';
import type { RingType } from './wire/messages';

/**
 * The agents' phones as the model sees them: something that rings for an agent's leg, stops
 * ringing or hangs up when the leg is over, and tells the model what the agent did with it.
 *
 * - `desk` (the default): the phone is the wire's MT 3 alone; the control API's `/sim/phones`
 *   and the desk-phone timers (`autoAnswer`, `ownLegAnswer`) lift and replace the handset.
 * - `browser`: every ring is a real call to the extension's registration (src/server/sipPhones.ts);
 *   only the agent's browser answers, so the desk-phone timers are off and the control API's
 *   answer is refused.
 */
export type PhoneKind = 'desk' | 'browser';

/** One ring of an agent's phone, for any leg: queue, direct, internal, consult, own outbound, monitor. */
export interface PhoneRing {
  /** The model's id of the agent's leg; a report names it. */
  readonly legId: number;
  /** Tenant code. */
  readonly tenant: string;
  readonly extension: string;
  readonly agentNum: string;
  readonly callId: string;
  readonly ringType: RingType;
  /** Who the phone shows as calling: the customer's number, a colleague's extension, the caller id. */
  readonly from: string;
}

/** What an agent's phone did with a leg. */
export type PhoneReport =
  /** The handset was lifted (SIP 200 OK): the same as the control API's desk-phone answer. */
  | 'answered'
  /** The agent put the phone down: declined the ring (486, 603) or hung up (BYE). */
  | 'hungUp'
  /** Nobody could be reached on the extension (not registered: 404, 480; or the ring failed). */
  | 'unreachable'
  /** The line dropped under a call the agent had answered, without the agent hanging up. */
  | 'lost';

export type PhoneReporter = (legId: number, report: PhoneReport) => void;

export interface PhoneLines {
  /** Called once the agent's leg rings (after its MT 3); never reports synchronously. */
  ring(ring: PhoneRing): void;
  /** The leg is over in the model: stop ringing or hang up. Harmless for a leg that never rang. */
  release(legId: number): void;
}

/** What `createModel({ phones })` takes. `connect` is called once, with the way back into the model. */
export interface PhoneSystem {
  readonly kind: PhoneKind;
  connect(report: PhoneReporter): PhoneLines;
}

export type Phones = PhoneLines & { readonly kind: PhoneKind };

export const DESK_PHONES: Phones = Object.freeze({ kind: 'desk', ring: () => {}, release: () => {} });

/** Connects a phone system once; its lines are called through, so a class instance works too. */
export function connectPhones(system: PhoneSystem, report: PhoneReporter): Phones {
  const lines = system.connect(report);
  return { kind: system.kind, ring: (ring) => lines.ring(ring), release: (legId) => lines.release(legId) };
}

/**
 * A phone's report, applied as one step. A report about a leg the model already let go (the
 * call ended while the 200 OK was on its way) is ignored: releasing it hung the phone up.
 */
export function applyPhoneReport(ctx: Context, legId: number, report: PhoneReport): void {
  const agent = agentWithLeg(ctx, legId);
  if (!agent) return;
  switch (report) {
    case 'answered':
      answer(agent);
      return;
    case 'hungUp':
      // While ringing this is declining: a queue call goes back to its queue, a consult fails.
      hangUp(ctx, agent, 'full', 'agent');
      return;
    case 'unreachable':
      phoneUnreachable(ctx, agent);
      return;
    case 'lost':
      hangUp(ctx, agent, 'full', 'system');
      return;
  }
}

function agentWithLeg(ctx: Context, legId: number): Agent | undefined {
  for (const agent of ctx.world.agents.values()) if (agent.session?.leg?.id === legId) return agent;
  return undefined;
}

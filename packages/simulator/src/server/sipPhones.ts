/**
 * Softphone mode's glue: the agents' phones are SIP registrations on the rig (src/sip), and every
 * ring of the model is a real call to the extension. This is the one module of the simulator that
 * knows the phones are processes; the model sees a `PhoneSystem` (model/phones.ts).
 *
 *   model rings a leg   → rig.dial(extension)         (a baresip "PBX" leg calls the browser)
 *   200 OK              → report 'answered'           (the agent lifted the handset)
 *   486 / 603 / BYE     → report 'hungUp'             (declined, or hung up)
 *   404 / 480, no dial  → report 'unreachable'        (nobody registered on the extension)
 *   line fails later    → report 'lost'
 *   model ends the leg  → leg.hangup()                (CANCEL before the answer, BYE after)
 *
 * The caller side of every leg plays the rig's tone, whoever the model says is on the line (a
 * customer, a colleague, the own leg of a dial): the audio stands in for the call, it is not mixed.
 */
import type { PhoneLines, PhoneReport, PhoneReporter, PhoneRing, PhoneSystem } from '../model';
import type { Seed } from '../seed';
import { startSipRig, type CallerLegEndReason, type CallerLegPhase, type CallerLegState, type SipCallerLeg, type SipRig } from '../sip';

export interface SipPhonesOptions {
  /** Longest call, in seconds: the caller's audio file ends then (baresip cannot loop it). Default 600. */
  readonly callerAudioSeconds?: number;
  /** Where to look for kamailio, rtpengine and baresip; default PATH plus the sbin folders. */
  readonly binaryDirs?: readonly string[];
}

/** One ring's SIP leg, for `GET /sim/sip/legs` and tests: what the browser got and what the caller heard. */
export interface SipPhoneLeg {
  /** The model's leg id. */
  readonly legId: number;
  readonly callId: string;
  /** Tenant code. */
  readonly tenant: string;
  readonly agentNum: string;
  readonly extension: string;
  readonly ringType: number;
  /** The rig's leg id (`leg-3`) once the INVITE is on its way. */
  readonly sipLeg: string | null;
  readonly phase: CallerLegPhase;
  /** Why the SIP leg ended (`localHangup` / `cancelled`: the simulator hung up), once it has. */
  readonly endReason: CallerLegEndReason | null;
  /** The SIP status of a final error response (480, 486…). */
  readonly status: number | null;
  /** What ended it, in the SIP stack's words, or why the ring could not be placed. */
  readonly detail: string | null;
  /** The model let the leg go (and the simulator hung the phone up). */
  readonly released: boolean;
  /** WAV of what the caller side heard (the agent's microphone), once an answered leg ended. */
  readonly recording: string | null;
}

export interface SipPhones {
  readonly system: PhoneSystem;
  readonly rig: SipRig;
  readonly wsUrl: string;
  readonly domain: string;
  /** Recent rings' SIP legs, oldest first (the latest 200). */
  legs(): SipPhoneLeg[];
  /** The registered extensions among the seed's. */
  registered(): Promise<string[]>;
  /** Each registered extension's contacts (one per registered browser tab or device). */
  contacts(): Promise<Record<string, string[]>>;
  /**
   * Makes the registrar want another password for a seed extension than the one INIT hands out
   * (the PBX and the CTI server disagree). Rejects with a `TypeError` for an unknown extension.
   */
  setPassword(extension: string, password: string): Promise<void>;
  /** Back to the seed's passwords (what `POST /sim/reset` does). */
  restorePasswords(): Promise<void>;
  /** Hangs up every leg and stops the rig. Harmless twice. */
  stop(): Promise<void>;
}

const MAX_LEGS = 200;
const SIP_USER = /^[A-Za-z0-9+._-]+$/;

interface Entry {
  view: { -readonly [K in keyof SipPhoneLeg]: SipPhoneLeg[K] };
  leg: SipCallerLeg | null;
}

/** Every tenant's extensions, for one SIP domain: an extension number must not repeat across tenants. */
export function seedExtensions(seed: Seed): Record<string, string> {
  const extensions: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const tenant of seed.tenants) {
    for (const { number, password } of tenant.extensions) {
      const first = owner.get(number);
      if (first !== undefined) {
        throw new TypeError(`softphone mode: extension ${number} is in tenants ${first} and ${tenant.code}; the SIP server has one domain, so extension numbers must be unique`);
      }
      owner.set(number, tenant.code);
      extensions[number] = password;
    }
  }
  return extensions;
}

/** Starts the rig with the seed's extensions and passwords; rejects with the rig's `SipRigError`s. */
export async function startSipPhones(seed: Seed, options: SipPhonesOptions = {}): Promise<SipPhones> {
  const extensions = seedExtensions(seed);
  const rig = await startSipRig({
    extensions,
    callerAudioSeconds: options.callerAudioSeconds ?? 600,
    ...(options.binaryDirs ? { binaryDirs: options.binaryDirs } : {}),
  });
  /** Legs the model holds, until it releases them (however long the call lasts). */
  const live = new Map<number, Entry>();
  /** Recent rings, for `legs()`; bounded, unlike `live`. */
  const history: Entry[] = [];
  let report: PhoneReporter = () => {};
  let stopped: Promise<void> | null = null;
  /** Extensions whose registrar password differs from the seed's (`setPassword`). */
  const changed = new Set<string>();

  async function contacts(): Promise<Record<string, string[]>> {
    const registered = await rig.registrations();
    return Object.fromEntries(Object.keys(extensions).flatMap((extension) => (registered[extension] ? [[extension, registered[extension]]] : [])));
  }

  /** The model still holds the leg: tell it. Once it let go, the phone's news is old. */
  function tell(entry: Entry, what: PhoneReport): void {
    if (!entry.view.released && !stopped) report(entry.view.legId, what);
  }

  function follow(entry: Entry, leg: SipCallerLeg): void {
    const seen = (state: CallerLegState) => {
      entry.view.phase = state.phase;
      if (state.phase === 'answered') tell(entry, 'answered');
      if (state.phase !== 'ended') return;
      unsubscribe();
      entry.view.endReason = state.reason;
      entry.view.status = state.status ?? null;
      entry.view.detail = state.detail;
      tell(entry, reportOfEnd(state.reason, state.wasAnswered));
      if (state.wasAnswered) {
        leg.recordingPath().then(
          (path) => {
            entry.view.recording = path;
          },
          () => undefined,
        );
      }
    };
    const unsubscribe = leg.on('state', seen);
    // The leg may have moved on between the dial resolving and this line.
    if (leg.state.phase !== 'dialing') seen(leg.state);
  }

  function ring(ring: PhoneRing): void {
    const entry: Entry = {
      view: {
        legId: ring.legId,
        callId: ring.callId,
        tenant: ring.tenant,
        agentNum: ring.agentNum,
        extension: ring.extension,
        ringType: ring.ringType,
        sipLeg: null,
        phase: 'dialing',
        endReason: null,
        status: null,
        detail: null,
        released: false,
        recording: null,
      },
      leg: null,
    };
    live.set(ring.legId, entry);
    history.push(entry);
    if (history.length > MAX_LEGS) history.shift();
    rig
      .dial(ring.extension, {
        from: SIP_USER.test(ring.from) ? ring.from : 'wintel',
        headers: { 'X-WinCall-Call': ring.callId, 'X-WinCall-Ring-Type': String(ring.ringType), 'X-WinCall-Agent': ring.agentNum },
      })
      .then(
        (leg) => {
          entry.leg = leg;
          entry.view.sipLeg = leg.id;
          if (entry.view.released) hangUp(leg);
          follow(entry, leg);
        },
        (error: unknown) => {
          // The ring could not even be placed (the rig stopped, baresip would not start).
          entry.view.phase = 'ended';
          entry.view.endReason = 'failed';
          entry.view.detail = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
          tell(entry, 'unreachable');
        },
      );
  }

  function release(legId: number): void {
    const entry = live.get(legId);
    if (!entry) return;
    live.delete(legId);
    entry.view.released = true;
    // Harmless on a leg that already ended; a dial still on its way is hung up when it lands.
    if (entry.leg) hangUp(entry.leg);
  }

  const lines: PhoneLines = { ring, release };
  return {
    system: {
      kind: 'browser',
      connect(reporter) {
        report = reporter;
        return lines;
      },
    },
    rig,
    wsUrl: rig.wsUrl,
    domain: rig.domain,
    legs: () => history.map((entry) => ({ ...entry.view })),
    async registered() {
      return Object.keys(await contacts());
    },
    contacts,
    async setPassword(extension, password) {
      if (!Object.hasOwn(extensions, extension)) throw new TypeError(`extension ${extension} is not in the seed`);
      await rig.setPassword(extension, password);
      changed.add(extension);
    },
    async restorePasswords() {
      const restoring = [...changed];
      changed.clear();
      await Promise.all(restoring.map((extension) => rig.setPassword(extension, extensions[extension] ?? '')));
    },
    stop() {
      stopped ??= rig.stop();
      return stopped;
    },
  };
}

/** CANCEL or BYE; a leg that cannot even do that is gone already, which is all we wanted. */
function hangUp(leg: SipCallerLeg): void {
  leg.hangup().catch(() => undefined);
}

/** How a SIP leg's end reaches the model. `localHangup` / `cancelled` are ours: the model already knows. */
function reportOfEnd(reason: CallerLegEndReason, wasAnswered: boolean): PhoneReport {
  switch (reason) {
    case 'remoteHangup':
    case 'rejected':
      return 'hungUp';
    case 'notRegistered':
      return 'unreachable';
    case 'localHangup':
    case 'cancelled':
    case 'failed':
      return wasAnswered ? 'lost' : 'unreachable';
  }
}

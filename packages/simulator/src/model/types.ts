import type { Cancel } from './scheduler';
import type { CallParams, RingType } from './wire/messages';

/** The live world of the model. Static parts come from the seed; the rest changes with every step. */
export interface World {
  tenants: Map<number, Tenant>;
  /** Every agent of every tenant, by numeric id (unique across tenants). */
  agents: Map<number, Agent>;
  /** Calls not yet ended. */
  calls: Map<string, Call>;
  /** The most recent ended calls, oldest first (bounded), so tests and the drawer can look back. */
  ended: Call[];
  /** Each agent's part in recent calls, oldest first (bounded): the simulator's own account of who ended it. */
  legHistory: LegAccount[];
}

/**
 * Who ended an agent's part in a call: the agent (hang-up, declining a ring, sign-out), a transfer
 * the agent made, the other side (customer, colleague, far end, ring timeout), or the system
 * (forced sign-out, a fault, a session that timed out).
 */
export type LegEnd = 'agent' | 'transfer' | 'remote' | 'system';

/** One agent's part in one call, as the simulator saw it. */
export interface LegAccount {
  agentNum: string;
  callId: string;
  role: LegRole;
  ringType: RingType;
  /** When the agent's phone joined the call (rang, or the agent placed it). */
  startedAt: number;
  /** When the agent first talked (or listened, for a supervisor), or null. */
  answeredAt: number | null;
  endedAt: number;
  endedBy: LegEnd;
  /** Rang (someone reached the agent), never answered, and not declined by the agent. */
  missed: boolean;
}

export interface Tenant {
  id: number;
  code: string;
  name: string;
  serviceNumber: string;
  callers: string[];
  /** Extension number → its phone (SIP) password. */
  extensions: Map<string, string>;
  queues: Map<number, Queue>;
  busyReasons: { id: number; reason: string }[];
  projects: Map<number, AutoDialProject>;
}

export interface Queue {
  id: number;
  tenantId: number;
  name: string;
  /** Ids of calls waiting, the next one to offer first. */
  waiting: string[];
}

export interface AutoDialProject {
  id: number;
  tenantId: number;
  name: string;
  taskId: number;
  numbers: string[];
  /** Index of the next number to dial. */
  cursor: number;
  /** The pending dial tick while at least one agent has joined. */
  tick: Cancel | null;
}

export interface Agent {
  id: number;
  num: string;
  tenantId: number;
  name: string;
  password: string;
  defaultExtension: string;
  supervisor: boolean;
  queues: number[];
  /** Present from a successful INIT until UNINIT, a forced sign-out, a fault or the end of the grace period. */
  session: Session | null;
  /** Times of recent wrong-password INITs, for the login throttle. */
  failedLogins: number[];
}

/** What an agent returns to when not in a call and not in after-call work. */
export type Rest = { kind: 'idle' } | { kind: 'busy'; reasonId: number };

export interface Session {
  /** `null` while the socket is gone and the session waits in its grace period. */
  connection: Connection | null;
  extension: string;
  signedIn: boolean;
  rest: Rest;
  /** Logical time the agent last became available; the smallest is the longest idle. */
  idleTick: number;
  afterCallWork: { until: number; cancel: Cancel } | null;
  alwaysOn: boolean;
  autoDialProject: number | null;
  leg: Leg | null;
  grace: Cancel | null;
}

/** An agent's part in a call, as the client's `call.phase` sees it. */
export type Phase =
  | 'ringing'
  | 'dialing'
  | 'connected'
  | 'held'
  | 'consulting'
  | 'consultConnected'
  | 'threeWay'
  | 'monitoring'
  | 'barging';

/**
 * primary: the agent handling the customer (or the agent who placed an internal call);
 * peer: the called agent of an internal call; consulted: the agent being consulted;
 * monitor: the supervisor listening in or barging.
 */
export type LegRole = 'primary' | 'peer' | 'consulted' | 'monitor';

export interface Leg {
  /** Unique in a run (across resets): how a phone's report names the leg it rang for. */
  id: number;
  callId: string;
  role: LegRole;
  phase: Phase;
  /** How this agent's phone rang, for QUERY while ringing. */
  ringType: RingType;
  /** What this agent's screen pop shows. */
  params: CallParams;
  /** Wall time the agent joined the call (config API `ag_time`). */
  since: number;
  /** Whether the agent has talked on this call (decides after-call work). */
  everConnected: boolean;
  /** When the agent first talked on this call. */
  answeredAt: number | null;
  /** Why the leg is about to end, set by whoever ends it; `remote` when nobody says. */
  ending: LegEnd | null;
  /** What answering the ring does, while `phase` is 'ringing'. */
  onAnswer: (() => void) | null;
  /** Timers that only make sense while this leg exists (ring timeout, own-leg answer…). */
  cancels: Cancel[];
}

export type CallKind = 'queue' | 'direct' | 'internal' | 'outbound' | 'autoDial';

export type CallState = 'queued' | 'ringing' | 'dialing' | 'connected' | 'ended';

export type Consult =
  | { kind: 'agent'; agentId: number; stage: 'ringing' | 'connected' | 'threeWay' }
  | { kind: 'outside'; number: string; stage: 'dialing' | 'connected' | 'threeWay' };

export interface Call {
  id: string;
  tenantId: number;
  kind: CallKind;
  /** The outside party's number; `null` for a call between two agents. */
  customer: string | null;
  /** The customer's side of the call: what the handling agent's screen pop shows. */
  params: CallParams;
  queueId: number | null;
  state: CallState;
  /** Agents on the call, in the order they joined. */
  agentIds: number[];
  consult: Consult | null;
  monitorId: number | null;
  /** Agents who turned this queue call down; it is not offered to them again. */
  rejectedBy: Set<number>;
  dtmf: string;
  /** What the customer keys in when sent to the IVR. */
  ivrDigits: string;
  /** Timers that die with the call. */
  cancels: Cancel[];
  createdAt: number;
}

/** The client end of a connection (a socket.io socket, or a Storybook in-memory client). */
export interface Peer {
  deliver(payload: string): void;
  dropped(): void;
}

export interface Connection {
  id: number;
  peer: Peer;
  /** False once either side closed it. */
  open: boolean;
  /** The agent this socket initialised, if any. */
  agentId: number | null;
  awaitingKeep: boolean;
  missedHeartbeats: number;
}

/**
 * The public face of a caller leg: its states, events, options and handle. The implementation
 * (a baresip process per leg) is callerLeg.ts.
 */
import type { CallerCodec } from './baresipConfig';

export type CallerLegEndReason =
  /** The browser sent BYE. */
  | 'remoteHangup'
  /** `hangup()` after the call was answered (the caller sent BYE). */
  | 'localHangup'
  /** The browser declined: 486 Busy Here, 603 Decline (see `status`). */
  | 'rejected'
  /** `hangup()` before the answer (the caller sent CANCEL). */
  | 'cancelled'
  /** Nobody is registered on the extension: 404 (unknown extension) or 480 (known, offline). */
  | 'notRegistered'
  /** Anything else: another error status, a timeout, baresip exiting, the caller's audio file ending. */
  | 'failed';

export type CallerLegState =
  | { readonly phase: 'dialing' }
  /** 180 Ringing or 183 Session Progress arrived. */
  | { readonly phase: 'ringing' }
  /** 200 OK arrived: media flows. */
  | { readonly phase: 'answered' }
  | CallerLegEnded;

export interface CallerLegEnded {
  readonly phase: 'ended';
  readonly reason: CallerLegEndReason;
  /** The SIP status of a final error response, when there was one. */
  readonly status?: number;
  /** What baresip said, e.g. `486 Busy Here` or `Connection reset by peer`. */
  readonly detail: string;
  readonly wasAnswered: boolean;
}

export type CallerLegPhase = CallerLegState['phase'];

export interface CallerLegEvents extends Record<string, unknown> {
  state: CallerLegState;
  ringing: CallerLegState;
  answered: CallerLegState;
  ended: CallerLegEnded;
}

/** What the caller plays: the rig's tone, silence, or a WAV of your own (8000 Hz, mono, 16-bit). */
export type CallerAudio = 'tone' | 'silence' | { readonly file: string };

export interface DialOptions {
  /** Extra SIP headers on the INVITE, e.g. `{ 'X-WinCall-Call': '42' }`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The caller's user part (its number), `customer` by default. */
  readonly from?: string;
  readonly audio?: CallerAudio;
  /** What this caller offers, in order; the rig's `codecs` by default. */
  readonly codecs?: readonly CallerCodec[];
}

export interface WaitOptions {
  readonly timeoutMs?: number;
}

/**
 * A handle on one call from the caller's side. Phases only move forward:
 * dialing → ringing → answered → ended (ringing and answered may be skipped).
 */
export interface SipCallerLeg {
  /** `leg-1`, `leg-2`, … in dial order. */
  readonly id: string;
  readonly extension: string;
  readonly from: string;
  /** The SIP Call-ID, once baresip reported it (from the first ringing/answer). */
  readonly sipCallId: string | undefined;
  /** How long this leg's baresip took to start and answer its control port. */
  readonly startupMs: number;
  readonly state: CallerLegState;
  /** Subscribes to `state`, `ringing`, `answered` or `ended`; returns the unsubscribe. */
  on<K extends keyof CallerLegEvents>(event: K, listener: (payload: CallerLegEvents[K]) => void): () => void;
  /**
   * Resolves once the leg has reached `phase` (at once if it already has). Rejects with code
   * `legEnded` if the leg ends first, or `timeout` (default 15 s); both messages carry log tails.
   */
  waitFor<P extends CallerLegPhase>(phase: P, options?: WaitOptions): Promise<Extract<CallerLegState, { phase: P }>>;
  /** CANCEL before the answer, BYE after; resolves with the ended state. Harmless once ended. */
  hangup(): Promise<CallerLegEnded>;
  /**
   * Resolves, once the leg has ended and baresip has closed its files, to a 16-bit WAV of what
   * the caller heard on this leg, at the codec's rate (G.711: 8000 Hz mono; opus: 48000 Hz stereo). The file lives in the rig's temp folder: read
   * it before `rig.stop()`. Rejects if the leg never had audio.
   */
  recordingPath(): Promise<string>;
  /** The tail of this leg's baresip log. */
  logTail(lines?: number): string;
}

/**
 * Whether a connected leg's media is still alive, and what to do when it is not: pure, fed the
 * ICE state, each stats sample and how ICE restarts went; it answers with the next step.
 *
 * - ICE `failed`, or `disconnected` for 3 s: restart ICE once (a re-INVITE with new ICE
 *   credentials; the network may have changed under the call). If it fails again before it
 *   recovered, or the re-INVITE is refused, the leg ends with `ICE_FAILED`.
 * - No inbound RTP packet for 10 s while the far end should be sending: the leg ends with
 *   `MEDIA_TIMEOUT` (the PBX or the network lost the media without saying so). A far end that put
 *   the call on hold (sends nothing on purpose) stops the clock. A restart starts it again: it has
 *   10 s to bring packets back (its re-INVITE may never be answered: the relay that died may be
 *   what the PBX needs for it), else the leg ends with `ICE_FAILED`.
 */
export const MEDIA_TIMEOUT_MS = 10_000;
export const DISCONNECTED_GRACE_MS = 3_000;

export type HealthStep = { kind: 'none' } | { kind: 'restartIce' } | { kind: 'fail'; code: 'ICE_FAILED' | 'MEDIA_TIMEOUT' };

export interface LegHealth {
  /** The peer connection's `iceConnectionState` changed. */
  ice(state: RTCIceConnectionState, at: number): HealthStep;
  /** A stats sample; `receiving`: the far end is expected to send (not on hold). */
  sample(packetsReceived: number, receiving: boolean, at: number): HealthStep;
  /** A restart began (asked for by the health check, by the network changing, or by the host). */
  restartStarted(at: number): void;
  /** The re-INVITE for a restart was accepted (ICE may already be connected on the new credentials). */
  restartDone(at: number): void;
  /** The re-INVITE for a restart was refused or timed out. */
  restartFailed(at: number): HealthStep;
}

const NONE: HealthStep = { kind: 'none' };

export function createLegHealth(startedAt: number, options: { mediaTimeoutMs?: number; disconnectedGraceMs?: number } = {}): LegHealth {
  const mediaTimeoutMs = options.mediaTimeoutMs ?? MEDIA_TIMEOUT_MS;
  const graceMs = options.disconnectedGraceMs ?? DISCONNECTED_GRACE_MS;
  let iceState: RTCIceConnectionState = 'new';
  let disconnectedSince: number | null = null;
  /** A restart was made for the current trouble and has not seen ICE connect since. */
  let restarting = false;
  let packets = 0;
  let progressAt = startedAt;
  let failed = false;

  const fail = (code: 'ICE_FAILED' | 'MEDIA_TIMEOUT'): HealthStep => {
    failed = true;
    return { kind: 'fail', code };
  };
  const restartOrFail = (): HealthStep => (restarting ? fail('ICE_FAILED') : { kind: 'restartIce' });

  return {
    ice(state, at) {
      if (failed) return NONE;
      iceState = state;
      if (state === 'connected' || state === 'completed') {
        restarting = false;
        disconnectedSince = null;
        return NONE;
      }
      if (state === 'disconnected') {
        disconnectedSince ??= at;
        return NONE;
      }
      if (state === 'failed') return restartOrFail();
      return NONE;
    },
    sample(packetsReceived, receiving, at) {
      if (failed) return NONE;
      if (packetsReceived > packets || !receiving) progressAt = at;
      packets = Math.max(packets, packetsReceived);
      if (iceState === 'disconnected' && disconnectedSince !== null && at - disconnectedSince >= graceMs && !restarting) {
        return { kind: 'restartIce' };
      }
      if (at - progressAt >= mediaTimeoutMs) return fail(restarting ? 'ICE_FAILED' : 'MEDIA_TIMEOUT');
      return NONE;
    },
    restartStarted(at) {
      restarting = true;
      progressAt = at;
    },
    restartDone(at) {
      if (iceState === 'connected' || iceState === 'completed') {
        restarting = false;
        progressAt = at;
      }
    },
    restartFailed() {
      if (failed) return NONE;
      if (iceState === 'failed' || iceState === 'disconnected') return fail('ICE_FAILED');
      restarting = false;
      return NONE;
    },
  };
}

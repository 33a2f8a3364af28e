/**
 * `RTCPeerConnection.getStats()` → one `PhoneStatsSample` (the audio leg's counters and levels),
 * and the loop that takes a sample every second while a leg is connected.
 */
import type { PhoneStatsSample } from '@wincall/core';

/** One entry of an `RTCStatsReport`, as far as we read it (the spec's dictionaries vary by type). */
export interface StatsEntry {
  id: string;
  type: string;
  [key: string]: unknown;
}

/**
 * Reads the audio leg's figures from a report. RTT comes from the RTCP the far end sends back
 * (`remote-inbound-rtp.roundTripTime`) and, when the far end sends none, from ICE's own checks
 * on the selected candidate pair (`currentRoundTripTime`). Times in the report are seconds.
 */
export function summariseStats(report: Iterable<StatsEntry>, at: number): PhoneStatsSample {
  const entries = [...report];
  const audio = (entry: StatsEntry) => (entry.kind ?? entry.mediaType) === 'audio';
  const inbound = entries.find((e) => e.type === 'inbound-rtp' && audio(e));
  const outbound = entries.find((e) => e.type === 'outbound-rtp' && audio(e));
  const remoteInbound = entries.find((e) => e.type === 'remote-inbound-rtp' && audio(e));
  const source = entries.find((e) => e.type === 'media-source' && audio(e));
  const transport = entries.find((e) => e.type === 'transport');
  const selectedPairId = text(transport?.selectedCandidatePairId);
  const pair =
    entries.find((e) => e.type === 'candidate-pair' && e.id === selectedPairId) ??
    entries.find((e) => e.type === 'candidate-pair' && e.nominated === true && e.state === 'succeeded');

  const rttSeconds = number(remoteInbound?.roundTripTime) ?? number(pair?.currentRoundTripTime);
  const jitterSeconds = number(inbound?.jitter);
  return {
    at,
    rttMs: rttSeconds === null ? null : Math.round(rttSeconds * 1000),
    jitterMs: jitterSeconds === null ? null : Math.round(jitterSeconds * 10_000) / 10,
    packetsReceived: number(inbound?.packetsReceived) ?? 0,
    packetsLost: Math.max(0, number(inbound?.packetsLost) ?? 0),
    packetsSent: number(outbound?.packetsSent) ?? 0,
    sentAudioLevel: number(source?.audioLevel),
    receivedAudioLevel: number(inbound?.audioLevel),
  };
}

/**
 * Samples `peerConnection` every `intervalMs` until stopped. A failed `getStats()` (the
 * connection closed under it) skips that sample; the loop never throws into the page.
 */
export function startStatsSampler(
  peerConnection: RTCPeerConnection,
  options: { intervalMs: number; now: () => number; onSample: (sample: PhoneStatsSample) => void; onError: (error: unknown) => void },
): () => void {
  let stopped = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    peerConnection
      .getStats()
      .then((report) => {
        if (stopped) return;
        // An RTCStatsReport is a maplike of the spec's stats dictionaries; we read them loosely.
        options.onSample(summariseStats(report.values() as Iterable<StatsEntry>, options.now()));
      })
      .catch((error: unknown) => {
        if (!stopped) options.onError(error);
      })
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

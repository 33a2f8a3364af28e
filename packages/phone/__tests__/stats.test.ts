import { describe, expect, it } from 'vitest';
import { summariseStats } from '../src/stats';
import type { StatsEntry } from '../src/stats';

/** The audio-relevant part of a Chrome getStats() report during a call through rtpengine. */
const REPORT: StatsEntry[] = [
  { id: 'T01', type: 'transport', selectedCandidatePairId: 'CP1' },
  { id: 'CP0', type: 'candidate-pair', state: 'failed', nominated: false, currentRoundTripTime: 9 },
  { id: 'CP1', type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.012 },
  { id: 'IT01', type: 'inbound-rtp', kind: 'audio', packetsReceived: 1510, packetsLost: 12, jitter: 0.0041, audioLevel: 0.2 },
  { id: 'OT01', type: 'outbound-rtp', kind: 'audio', packetsSent: 1498 },
  { id: 'SA1', type: 'media-source', kind: 'audio', audioLevel: 0.33 },
  { id: 'RI1', type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: 0.021 },
];

describe('a getStats report summarised', () => {
  it('takes counters, jitter, levels, and RTT from RTCP when the far end reports it', () => {
    expect(summariseStats(REPORT, 5)).toEqual({
      at: 5,
      rttMs: 21,
      jitterMs: 4.1,
      packetsReceived: 1510,
      packetsLost: 12,
      packetsSent: 1498,
      sentAudioLevel: 0.33,
      receivedAudioLevel: 0.2,
    });
  });

  it('falls back to ICE’s RTT on the selected pair when no RTCP report came back', () => {
    const withoutRtcp = REPORT.filter((e) => e.type !== 'remote-inbound-rtp');
    expect(summariseStats(withoutRtcp, 0).rttMs).toBe(12);
  });

  it('reports nulls and zeros before anything flowed', () => {
    expect(summariseStats([], 1)).toEqual({
      at: 1,
      rttMs: null,
      jitterMs: null,
      packetsReceived: 0,
      packetsLost: 0,
      packetsSent: 0,
      sentAudioLevel: null,
      receivedAudioLevel: null,
    });
  });
});

/**
 * Call quality from `getStats()` samples: pure, one sample in, the next state out.
 *
 * Warnings use the Twilio Voice SDK's public thresholds: RTT > 400 ms, jitter > 30 ms, packet
 * loss > 3 %, MOS < 3.5. One bad sample (a spike) says nothing: a warning is raised when 3 of the
 * last 5 samples cross its threshold and cleared when 4 of the last 5 are back under it, so a
 * metric hovering at the line does not make the indicator flicker.
 *
 * `constantAudioLevel`: the level of the microphone track being sent is exactly the same for 10 s
 * while the agent is not muted. A working microphone always hears some noise, so an unchanging
 * level means a dead microphone or one muted in the operating system (the far end hears nothing).
 * Muting in the bar sends silence on purpose and resets the watch.
 *
 * MOS: the simplified ITU-T G.107 E-model used by most WebRTC stacks (Twilio's `mos.js` among them):
 *   effective latency  Le = RTT + 2 × jitter + 10 ms (codec/processing)
 *   R = 93.2 − (Le < 160 ? Le / 40 : (Le − 120) / 10) − 2.5 × loss%        clamped to 0…100
 *   MOS = 1 + 0.035 R + 7·10⁻⁶ R (R − 60)(100 − R)                           clamped to 1…4.5
 * 93.2 is G.107's default R for narrowband calls without impairments. Loss is the percentage of
 * expected packets lost over the last 5 sample intervals.
 */
import type { CallQuality, PhoneStatsSample, QualityWarning } from '@wincall/core';

export const QUALITY_THRESHOLDS = { rttMs: 400, jitterMs: 30, packetLossPercent: 3, mos: 3.5 } as const;
/** How many recent samples a warning is judged on. */
export const WARNING_WINDOW = 5;
/** Bad samples among the last `WARNING_WINDOW` that raise a warning. */
export const RAISE_AT = 3;
/** Good samples among the last `WARNING_WINDOW` that clear it again. */
export const CLEAR_AT = 4;
/** Sample intervals the packet loss is measured over. */
export const LOSS_WINDOW = 5;
/** How long the sent level must stay exactly the same to flag a dead microphone. */
export const CONSTANT_LEVEL_MS = 10_000;

type MetricWarning = Exclude<QualityWarning, 'constantAudioLevel'>;
const METRICS: readonly MetricWarning[] = ['highRtt', 'highJitter', 'highPacketLoss', 'lowMos'];
const ORDER: readonly QualityWarning[] = [...METRICS, 'constantAudioLevel'];

export interface QualityState {
  /** The last `LOSS_WINDOW + 1` samples (packet counters are cumulative). */
  readonly samples: readonly PhoneStatsSample[];
  /** Per metric, whether each of the last `WARNING_WINDOW` samples crossed its threshold. */
  readonly bad: Readonly<Record<MetricWarning, readonly boolean[]>>;
  /** The sent level and since when it has been exactly that (null: muted, or not reported). */
  readonly level: { readonly value: number; readonly since: number } | null;
  readonly quality: CallQuality;
}

export function initialQualityState(): QualityState {
  return {
    samples: [],
    bad: { highRtt: [], highJitter: [], highPacketLoss: [], lowMos: [] },
    level: null,
    quality: { rttMs: null, jitterMs: null, packetLossPercent: null, mos: null, warnings: [] },
  };
}

/** The E-model estimate above; missing inputs count as unimpaired. Null when nothing is known. */
export function estimateMos(rttMs: number | null, jitterMs: number | null, lossPercent: number | null): number | null {
  if (rttMs === null && jitterMs === null && lossPercent === null) return null;
  const latency = (rttMs ?? 0) + 2 * (jitterMs ?? 0) + 10;
  const delayImpairment = latency < 160 ? latency / 40 : (latency - 120) / 10;
  const r = clamp(93.2 - delayImpairment - 2.5 * (lossPercent ?? 0), 0, 100);
  const mos = 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r);
  return round(clamp(mos, 1, 4.5), 2);
}

/** Packets lost as a percentage of those expected between the oldest and newest sample. */
export function windowLoss(samples: readonly PhoneStatsSample[]): number | null {
  const last = samples[samples.length - 1];
  if (!last) return null;
  // With one sample, the window starts at the beginning of the call (counters start at zero).
  const first = samples.length > 1 ? samples[0]! : { packetsLost: 0, packetsReceived: 0 };
  const lost = Math.max(0, last.packetsLost - first.packetsLost);
  const received = Math.max(0, last.packetsReceived - first.packetsReceived);
  const expected = lost + received;
  return expected > 0 ? round((lost / expected) * 100, 2) : null;
}

/** The next state after one sample. `muted`: the agent muted the bar (silence is sent on purpose). */
export function nextQuality(state: QualityState, sample: PhoneStatsSample, context: { muted: boolean }): QualityState {
  const samples = [...state.samples, sample].slice(-(LOSS_WINDOW + 1));
  const rttMs = sample.rttMs;
  const jitterMs = sample.jitterMs;
  const packetLossPercent = windowLoss(samples);
  const mos = estimateMos(rttMs, jitterMs, packetLossPercent);
  const crossed: Record<MetricWarning, boolean> = {
    highRtt: rttMs !== null && rttMs > QUALITY_THRESHOLDS.rttMs,
    highJitter: jitterMs !== null && jitterMs > QUALITY_THRESHOLDS.jitterMs,
    highPacketLoss: packetLossPercent !== null && packetLossPercent > QUALITY_THRESHOLDS.packetLossPercent,
    lowMos: mos !== null && mos < QUALITY_THRESHOLDS.mos,
  };

  const bad = { ...state.bad };
  const raised = new Set(state.quality.warnings);
  for (const metric of METRICS) {
    const recent = [...state.bad[metric], crossed[metric]].slice(-WARNING_WINDOW);
    bad[metric] = recent;
    const badCount = recent.filter(Boolean).length;
    if (raised.has(metric)) {
      if (recent.length - badCount >= CLEAR_AT) raised.delete(metric);
    } else if (badCount >= RAISE_AT) {
      raised.add(metric);
    }
  }

  const sent = sample.sentAudioLevel;
  const level =
    context.muted || sent === null
      ? null
      : state.level && state.level.value === sent
        ? state.level
        : { value: sent, since: sample.at };
  if (level && sample.at - level.since >= CONSTANT_LEVEL_MS) raised.add('constantAudioLevel');
  else raised.delete('constantAudioLevel');

  const warnings = sameWarnings(state.quality.warnings, raised) ? state.quality.warnings : ORDER.filter((w) => raised.has(w));
  return { samples, bad, level, quality: { rttMs, jitterMs, packetLossPercent, mos, warnings } };
}

function sameWarnings(previous: readonly QualityWarning[], next: ReadonlySet<QualityWarning>): boolean {
  return previous.length === next.size && previous.every((w) => next.has(w));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

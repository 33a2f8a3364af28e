/**
 * Tones and how loud a tone is in a signal. Pure functions with no Node or DOM imports, so the
 * same measurement runs on a baresip recording in Node and on Web Audio samples in the test page.
 *
 * A signal is cut into blocks (about 0.1 s); in each block the level at the tone's frequency and
 * the strongest level at a grid of other voice-band frequencies are measured with a Hann-windowed
 * Goertzel filter, in dB relative to a full-scale sine. "The tone is there" means it beats every
 * other frequency by a clear margin in enough blocks, which silence, noise and a different tone
 * all fail.
 */

export interface ToneOptions {
  readonly frequencyHz: number;
  readonly sampleRate: number;
  readonly seconds: number;
  /** Peak amplitude, 0..1 of full scale. */
  readonly amplitude?: number;
}

/** A sine as 16-bit samples; the length is rounded to whole periods so a looped file has no click. */
export function toneSamples({ frequencyHz, sampleRate, seconds, amplitude = 0.5 }: ToneOptions): Int16Array {
  if (!(frequencyHz >= 0) || !(sampleRate > 0) || !(seconds > 0)) {
    throw new RangeError(`tone needs frequencyHz >= 0, sampleRate > 0 and seconds > 0 (got ${frequencyHz}, ${sampleRate}, ${seconds})`);
  }
  const periods = frequencyHz > 0 ? Math.max(1, Math.round(seconds * frequencyHz)) : 0;
  const length = frequencyHz > 0 ? Math.round((periods * sampleRate) / frequencyHz) : Math.round(seconds * sampleRate);
  const samples = new Int16Array(length);
  const peak = Math.min(1, Math.max(0, amplitude)) * 32767;
  for (let i = 0; i < length; i++) samples[i] = Math.round(peak * Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate));
  return samples;
}

/** Levels below this are digital silence; a floor keeps the numbers finite (and JSON-printable). */
export const SILENCE_DB = -120;

/** Level of `frequencyHz` in `block`, in dB relative to a full-scale sine (0 dB = amplitude 1), at least SILENCE_DB. */
export function levelAt(block: ArrayLike<number>, sampleRate: number, frequencyHz: number): number {
  const n = block.length;
  if (n === 0) return SILENCE_DB;
  const coefficient = 2 * Math.cos((2 * Math.PI * frequencyHz) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  let windowSum = 0;
  for (let i = 0; i < n; i++) {
    const window = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1 || 1));
    windowSum += window;
    const current = (block[i] ?? 0) * window + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  const amplitude = (2 * Math.sqrt(Math.max(0, power))) / windowSum;
  return amplitude > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(amplitude)) : SILENCE_DB;
}

export interface ToneMeasurement {
  readonly frequencyHz: number;
  readonly blocks: number;
  readonly blockSeconds: number;
  /** How long the tone beat every other frequency by `marginDb` and was above `floorDb`. */
  readonly toneSeconds: number;
  /** The tone's level (dB of full scale) in the loudest tenth of the blocks (90th percentile). */
  readonly toneDb: number;
  /** The strongest other frequency's level, 90th percentile over the blocks. */
  readonly otherDb: number;
  /** Median over the blocks of tone level minus strongest other level. */
  readonly marginDb: number;
}

export interface MeasureOptions {
  readonly frequencyHz: number;
  readonly sampleRate: number;
  /** dB the tone must beat every other frequency by, in a block. Default 20. */
  readonly marginDb?: number;
  /** dB of full scale the tone must reach, in a block. Default -50. */
  readonly floorDb?: number;
}

/** Frequencies compared against the tone: 150 Hz–3.8 kHz every 50 Hz, away from the tone itself. */
function otherFrequencies(frequencyHz: number, sampleRate: number): number[] {
  const top = Math.min(3800, sampleRate / 2 - 100);
  const list: number[] = [];
  for (let f = 150; f <= top; f += 50) if (Math.abs(f - frequencyHz) >= 150) list.push(f);
  return list;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return SILENCE_DB;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? SILENCE_DB;
}

/** Measures a tone over blocks of samples (floats in -1..1); blocks need not be contiguous. */
export function measureToneInBlocks(blocks: ReadonlyArray<ArrayLike<number>>, options: MeasureOptions): ToneMeasurement {
  const { frequencyHz, sampleRate, marginDb = 20, floorDb = -50 } = options;
  const others = otherFrequencies(frequencyHz, sampleRate);
  const tones: number[] = [];
  const strongestOthers: number[] = [];
  const margins: number[] = [];
  let toneSeconds = 0;
  let totalSeconds = 0;
  for (const block of blocks) {
    const seconds = block.length / sampleRate;
    totalSeconds += seconds;
    const tone = levelAt(block, sampleRate, frequencyHz);
    const other = Math.max(...others.map((f) => levelAt(block, sampleRate, f)));
    tones.push(tone);
    strongestOthers.push(other);
    margins.push(tone - other);
    if (tone > floorDb && tone - other >= marginDb) toneSeconds += seconds;
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    frequencyHz,
    blocks: blocks.length,
    blockSeconds: blocks.length > 0 ? totalSeconds / blocks.length : 0,
    toneSeconds: Math.round(toneSeconds * 100) / 100,
    toneDb: round(percentile(tones, 0.9)),
    otherDb: round(percentile(strongestOthers, 0.9)),
    marginDb: round(percentile(margins, 0.5)),
  };
}

/** Cuts a contiguous signal (floats in -1..1) into ~0.1 s blocks and measures the tone in them. */
export function measureTone(samples: Float32Array, options: MeasureOptions): ToneMeasurement {
  const size = Math.max(64, Math.round(options.sampleRate / 10));
  const blocks: Float32Array[] = [];
  for (let start = 0; start + size <= samples.length; start += size) blocks.push(samples.subarray(start, start + size));
  return measureToneInBlocks(blocks, options);
}

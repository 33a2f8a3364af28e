/**
 * WAV files for the rig: the customer's voice (a tone baresip plays with `aufile`), the browser's
 * microphone (a tone Chromium plays with `--use-file-for-fake-audio-capture`), and reading back
 * what baresip recorded with `sndfile` to measure a tone in it (see tone.ts).
 *
 * The reader trusts the file's length over the header's: baresip killed mid-call leaves a WAV
 * whose data size libsndfile never got to fill in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { measureTone, toneSamples, type MeasureOptions, type ToneMeasurement, type ToneOptions } from './tone';

export { levelAt, measureTone, measureToneInBlocks, toneSamples, type MeasureOptions, type ToneMeasurement, type ToneOptions } from './tone';

export interface Wav {
  readonly sampleRate: number;
  readonly channels: number;
  /** The first channel, as floats in -1..1. */
  readonly samples: Float32Array;
  readonly seconds: number;
}

/** A mono 16-bit PCM WAV. */
export function encodeWav(samples: Int16Array, sampleRate: number): Buffer {
  const dataBytes = samples.length * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  const data = Buffer.alloc(dataBytes);
  if (endianness() === 'LE' && data.byteOffset % 2 === 0) new Int16Array(data.buffer, data.byteOffset, samples.length).set(samples);
  else for (let i = 0; i < samples.length; i++) data.writeInt16LE(samples[i] ?? 0, i * 2);
  return Buffer.concat([header, data]);
}

/** Writes a mono 16-bit tone (or silence with `frequencyHz: 0`) and returns the path. */
export async function writeToneWav(path: string, options: ToneOptions): Promise<string> {
  await writeFile(path, encodeWav(toneSamples(options), options.sampleRate));
  return path;
}

/** Reads 16-bit PCM or 32-bit float WAVs (what libsndfile writes for baresip). */
export function decodeWav(buffer: Buffer): Wav {
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    throw new TypeError('not a RIFF/WAVE file');
  }
  let format: { tag: number; channels: number; sampleRate: number; bits: number } | undefined;
  let offset = 12;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const declared = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        tag: buffer.readUInt16LE(body),
        channels: buffer.readUInt16LE(body + 2),
        sampleRate: buffer.readUInt32LE(body + 4),
        bits: buffer.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new TypeError('WAV data chunk before its fmt chunk');
      const available = buffer.length - body;
      const size = declared > 0 && declared <= available ? declared : available;
      return decodeSamples(buffer.subarray(body, body + size), format);
    }
    offset = body + declared + (declared % 2);
  }
  throw new TypeError('WAV file has no data chunk');
}

function decodeSamples(data: Buffer, format: { tag: number; channels: number; sampleRate: number; bits: number }): Wav {
  const { tag, channels, sampleRate, bits } = format;
  // 0xFFFE (extensible) carries its real format in a sub-chunk; libsndfile uses it only for >2 channels.
  const pcm16 = (tag === 1 || tag === 0xfffe) && bits === 16;
  const float32 = tag === 3 && bits === 32;
  if (!pcm16 && !float32) throw new TypeError(`unsupported WAV format (tag ${tag}, ${bits} bits)`);
  const frameBytes = (bits / 8) * channels;
  const frames = Math.floor(data.length / frameBytes);
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    samples[i] = pcm16 ? data.readInt16LE(i * frameBytes) / 32768 : data.readFloatLE(i * frameBytes);
  }
  return { sampleRate, channels, samples, seconds: frames / sampleRate };
}

export async function readWav(path: string): Promise<Wav> {
  return decodeWav(await readFile(path));
}

/** Reads a WAV and measures a tone in it. */
export async function measureToneInWav(path: string, options: Omit<MeasureOptions, 'sampleRate'>): Promise<ToneMeasurement & { seconds: number }> {
  const wav = await readWav(path);
  return { ...measureTone(wav.samples, { ...options, sampleRate: wav.sampleRate }), seconds: Math.round(wav.seconds * 100) / 100 };
}

/**
 * Whether an SDP offer has audio this browser can take. Asked before answering, so that an offer
 * without a shared codec is answered 488 Not Acceptable Here (RFC 3261 §13.3.1.3): sip.js
 * would otherwise answer 480, and the PBX would try the agent again instead of reporting it.
 */

/** Codecs with a static RTP payload type (RFC 3551): an offer may list them without `a=rtpmap`. */
const STATIC_PAYLOADS: Readonly<Record<string, string>> = { '0': 'pcmu', '8': 'pcma', '9': 'g722' };

/** The audio codecs (lower-case names, e.g. `opus`, `pcmu`) offered on active audio streams. */
export function offeredAudioCodecs(sdp: string): string[] {
  const codecs = new Set<string>();
  const sections = sdp.split(/\r?\n(?=m=)/);
  for (const section of sections) {
    const media = /^m=audio (\d+) [^ ]+ ([^\r\n]*)/.exec(section);
    if (!media || media[1] === '0') continue; // port 0: a rejected or disabled stream
    const payloads = media[2]!.trim().split(/\s+/);
    for (const payload of payloads) {
      const rtpmap = new RegExp(`^a=rtpmap:${payload} ([^/\\s]+)`, 'm').exec(section);
      const name = rtpmap?.[1]?.toLowerCase() ?? STATIC_PAYLOADS[payload];
      if (name) codecs.add(name);
    }
  }
  return [...codecs];
}

/**
 * True when the offer shares an audio codec with `supported` (from
 * `RTCRtpReceiver.getCapabilities('audio')`, e.g. `audio/opus`); telephone-event and comfort
 * noise do not carry a voice and do not count.
 */
export function offerIsAcceptable(sdp: string, supported: readonly string[]): boolean {
  const names = new Set(supported.map((mime) => mime.toLowerCase().replace(/^audio\//, '')));
  const voice = offeredAudioCodecs(sdp).filter((c) => c !== 'telephone-event' && c !== 'cn' && c !== 'red');
  return voice.some((codec) => names.has(codec));
}

/** The browser's receivable audio codecs, or null where it cannot say (then nothing is checked). */
export function browserAudioCodecs(): string[] | null {
  if (typeof RTCRtpReceiver === 'undefined' || typeof RTCRtpReceiver.getCapabilities !== 'function') return null;
  return RTCRtpReceiver.getCapabilities('audio')?.codecs.map((c) => c.mimeType) ?? null;
}

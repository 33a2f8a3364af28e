import { describe, expect, it } from 'vitest';
import { offerIsAcceptable, offeredAudioCodecs } from '../src/sdp';

const CHROME = ['audio/opus', 'audio/red', 'audio/G722', 'audio/PCMU', 'audio/PCMA', 'audio/CN', 'audio/telephone-event'];

const offer = (m: string, ...attributes: string[]) =>
  ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', m, ...attributes, ''].join('\r\n');

describe('an SDP offer’s audio', () => {
  it('reads rtpmap names and static payload types', () => {
    const sdp = offer('m=audio 40000 RTP/SAVPF 0 8 101', 'a=rtpmap:101 telephone-event/8000');
    expect(offeredAudioCodecs(sdp)).toEqual(['pcmu', 'pcma', 'telephone-event']);
  });

  it('accepts an offer that shares a voice codec with the browser', () => {
    expect(offerIsAcceptable(offer('m=audio 40000 RTP/SAVPF 0 101', 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:101 telephone-event/8000'), CHROME)).toBe(true);
  });

  it('refuses one with only codecs the browser lacks (G.729), or only telephone-event', () => {
    expect(offerIsAcceptable(offer('m=audio 40000 RTP/SAVPF 18 101', 'a=rtpmap:18 G729/8000', 'a=rtpmap:101 telephone-event/8000'), CHROME)).toBe(false);
    expect(offerIsAcceptable(offer('m=audio 40000 RTP/SAVPF 101', 'a=rtpmap:101 telephone-event/8000'), CHROME)).toBe(false);
  });

  it('refuses an offer without audio, or with its audio stream disabled (port 0)', () => {
    expect(offerIsAcceptable(offer('m=video 40000 RTP/SAVPF 96', 'a=rtpmap:96 VP8/90000'), CHROME)).toBe(false);
    expect(offerIsAcceptable(offer('m=audio 0 RTP/SAVPF 0'), CHROME)).toBe(false);
  });
});

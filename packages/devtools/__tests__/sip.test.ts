import { describe, expect, it } from 'vitest';
import { resolveRedaction } from '@wincall/devtools/headless';
import { describeSip, redactSip, redactSipText } from '../src/sip';

/** SIP as the browser phone sends and receives it (CRLF line ends, an SDP body). */
const INVITE = [
  'INVITE sip:8001@10.0.0.8:5060;transport=ws SIP/2.0',
  'Via: SIP/2.0/WSS 10.0.0.1:8443;branch=z9hG4bK776asdhds',
  'From: "13912345678" <sip:13912345678@cc.example.com>;tag=1928301774',
  'To: <sip:8001@cc.example.com>',
  'f: <sip:13912345678@cc.example.com>;tag=2',
  'P-Asserted-Identity: <tel:+8613912345678>',
  'Contact: <sip:13912345678@10.0.0.1:5060;transport=udp>',
  'Call-ID: a84b4c76e66710@10.0.0.1',
  'CSeq: 314159 INVITE',
  'Content-Type: application/sdp',
  '',
  'v=0',
  'o=- 4056 4056 IN IP4 10.0.0.1',
  'c=IN IP4 10.0.0.1',
  'm=audio 30000 RTP/SAVPF 111 0',
  '',
].join('\r\n');

const REGISTER = [
  'REGISTER sip:cc.example.com SIP/2.0',
  'From: <sip:8001@cc.example.com>;tag=a',
  'To: <sip:8001@cc.example.com>',
  'Authorization: Digest username="8001", realm="cc.example.com", nonce="abc",',
  '  response="6629fae49393a05397450978507c4ef1"',
  'Proxy-Authorization: Digest username="8001", response="0123456789abcdef"',
  'CSeq: 2 REGISTER',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

const masked = resolveRedaction();
const open = resolveRedaction({ numbers: false, dtmf: false });

describe("the devtools' redaction of SIP", () => {
  it('masks the phone numbers SIP carries: Request-URI, From / To / Contact (compact forms too), identities and display names', () => {
    const out = redactSipText(INVITE, masked);
    expect(out).not.toMatch(/13912345678|8613912345678/);
    expect(out).toContain('INVITE sip:••••@10.0.0.8:5060;transport=ws SIP/2.0');
    expect(out).toContain('From: "139••••••78" <sip:139••••••78@cc.example.com>;tag=1928301774');
    expect(out).toContain('f: <sip:139••••••78@cc.example.com>;tag=2');
    expect(out).toContain('P-Asserted-Identity: <tel:+861••••••••78>');
    // What a media or routing bug needs stays: hosts, Call-ID, CSeq and the whole SDP.
    expect(out).toContain('Via: SIP/2.0/WSS 10.0.0.1:8443;branch=z9hG4bK776asdhds');
    expect(out).toContain('Call-ID: a84b4c76e66710@10.0.0.1');
    expect(out).toContain('\r\n\r\nv=0\r\no=- 4056 4056 IN IP4 10.0.0.1\r\nc=IN IP4 10.0.0.1\r\nm=audio 30000 RTP/SAVPF 111 0\r\n');
    expect(out.split('\r\n')).toHaveLength(INVITE.split('\r\n').length);
    // Unmasked when asked (the numbers are the bug).
    expect(redactSipText(INVITE, open)).toBe(INVITE);
  });

  it('never shows credentials, whatever the redaction options and whatever device wrote the text', () => {
    for (const redaction of [masked, open]) {
      const out = redactSipText(REGISTER, redaction);
      expect(out).not.toMatch(/6629fae4|0123456789abcdef|nonce/);
      expect(out).toContain('Authorization: [redacted]\r\nProxy-Authorization: [redacted]\r\nCSeq: 2 REGISTER');
    }
  });

  it('masks keypresses sent as SIP INFO like the DTMF of the frames', () => {
    const info = 'INFO sip:8001@cc.example.com SIP/2.0\r\nContent-Type: application/dtmf-relay\r\n\r\nSignal=5\r\nDuration=160\r\n';
    expect(redactSipText(info, masked)).toContain('Signal=•\r\nDuration=•••');
    expect(redactSipText(info, open)).toContain('Signal=5');
  });

  it('keeps the first line as the summary, redacted', () => {
    expect(redactSip({ direction: 'in', at: 5, summary: 'ignored', text: INVITE }, masked)).toMatchObject({
      direction: 'in',
      at: 5,
      summary: 'INVITE sip:••••@10.0.0.8:5060;transport=ws SIP/2.0',
    });
  });

  it.each([
    ['REGISTER sip:cc.example.com SIP/2.0', REGISTER, { zh: '注册分机', en: 'register the extension' }],
    ['SIP/2.0 401 Unauthorized', 'SIP/2.0 401 Unauthorized\r\nCSeq: 1 REGISTER\r\n\r\n', { zh: '注册分机 → 需要认证', en: 'register the extension → authentication challenge' }],
    ['SIP/2.0 200 OK', 'SIP/2.0 200 OK\r\nCSeq: 314159 INVITE\r\n\r\n', { zh: '呼叫邀请 → 成功', en: 'call invitation → OK' }],
    ['SIP/2.0 486 Busy Here', 'SIP/2.0 486 Busy Here\r\nCSeq: 1 INVITE\r\n\r\n', { zh: '呼叫邀请 → 忙', en: 'call invitation → busy here' }],
    ['SIP/2.0 599 Odd', 'SIP/2.0 599 Odd\r\n\r\n', { zh: '服务器错误', en: 'server failure' }],
  ])('describes %s', (summary, text, meaning) => {
    expect(describeSip({ summary, text })).toEqual(meaning);
  });
});

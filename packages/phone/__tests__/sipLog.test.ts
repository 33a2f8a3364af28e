import { describe, expect, it } from 'vitest';
import { isKeepAlive, redactSipText, sipMessage } from '../src/sipLog';

const REGISTER = [
  'REGISTER sip:127.0.0.1 SIP/2.0',
  'Via: SIP/2.0/WS abc.invalid;branch=z9hG4bK123',
  'From: <sip:8001@127.0.0.1>;tag=x1',
  'To: <sip:8001@127.0.0.1>',
  'Call-ID: c1',
  'CSeq: 2 REGISTER',
  'Authorization: Digest algorithm=MD5, username="8001", realm="127.0.0.1", nonce="abc", uri="sip:127.0.0.1", response="0123456789abcdef0123456789abcdef"',
  'Contact: <sip:x@abc.invalid;transport=ws>;expires=300',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

describe('SIP log redaction', () => {
  it('replaces the whole Authorization value and keeps every other header', () => {
    const text = redactSipText(REGISTER);
    expect(text).toContain('Authorization: [redacted]\r\n');
    expect(text).not.toMatch(/response=|nonce="abc"|username="8001"/);
    expect(text).toContain('Contact: <sip:x@abc.invalid;transport=ws>;expires=300');
    expect(text.split('\r\n')).toHaveLength(REGISTER.split('\r\n').length);
  });

  it('redacts Proxy-Authorization, any letter case, and folded continuation lines', () => {
    const text = [
      'INVITE sip:1000@pbx SIP/2.0',
      'proxy-authorization: Digest username="8001",',
      '  response="feedfacefeedfacefeedfacefeedface"',
      'AUTHORIZATION:Digest response="aa"',
      'Max-Forwards: 70',
      '',
    ].join('\r\n');
    const redacted = redactSipText(text);
    expect(redacted).toBe(['INVITE sip:1000@pbx SIP/2.0', 'proxy-authorization: [redacted]', 'AUTHORIZATION: [redacted]', 'Max-Forwards: 70', ''].join('\r\n'));
  });

  it('leaves the server’s challenge (WWW-Authenticate) alone: it holds no secret of ours', () => {
    const text = 'SIP/2.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm="127.0.0.1", nonce="n1"\r\n\r\n';
    expect(redactSipText(text)).toBe(text);
  });

  it('builds the devtools message: direction, time, first line as summary, redacted text', () => {
    expect(sipMessage('out', REGISTER, 42)).toEqual({
      direction: 'out',
      at: 42,
      summary: 'REGISTER sip:127.0.0.1 SIP/2.0',
      text: redactSipText(REGISTER),
    });
  });

  it('tells keep-alives from messages', () => {
    expect(isKeepAlive('\r\n\r\n')).toBe(true);
    expect(isKeepAlive('\r\n')).toBe(true);
    expect(isKeepAlive(REGISTER)).toBe(false);
  });
});

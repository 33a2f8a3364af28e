/**
 * SIP messages for devtools and the logger, with credentials taken out. A digest response is
 * not the password, but it is computed from it and would let an eavesdropper try passwords
 * offline, so the whole value of `Authorization` / `Proxy-Authorization` is replaced.
 */
import type { PhoneSipMessage } from '@wincall/core';

// A header line and its folded continuation lines (RFC 3261 §7.3.1: a line starting with
// whitespace continues the previous header). Header names are case-insensitive.
const CREDENTIAL_HEADER = /^((?:proxy-)?authorization)[ \t]*:[^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*/gim;

export const REDACTED = '[redacted]';

/** The message with every credential header's value replaced by `[redacted]`. */
export function redactSipText(text: string): string {
  return text.replace(CREDENTIAL_HEADER, (_match, name: string) => `${name}: ${REDACTED}`);
}

/** The first line: the request line (`INVITE sip:8001@… SIP/2.0`) or the status line. */
export function sipSummary(text: string): string {
  const end = text.search(/\r?\n/);
  return (end === -1 ? text : text.slice(0, end)).trim();
}

export function sipMessage(direction: 'in' | 'out', text: string, at: number): PhoneSipMessage {
  const redacted = redactSipText(text);
  return { direction, at, summary: sipSummary(redacted), text: redacted };
}

/** A keep-alive (a bare CRLF or double CRLF) is not a message. */
export function isKeepAlive(text: string): boolean {
  return /^(?:\r\n)+$/.test(text);
}

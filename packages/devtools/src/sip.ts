import type { PhoneSipMessage } from '@wincall/core';
import type { Meaning } from './names';
import { maskDigits, maskNumber, type Redaction } from './redact';

/**
 * The browser phone's SIP messages as the devtools show and export them. The device already
 * replaces `Authorization` / `Proxy-Authorization` values (a digest response would allow an
 * offline guess at the password); the devtools do it again, whatever device produced the text,
 * and mask phone numbers where SIP carries them: the user part of the Request-URI and of the
 * From / To / Contact / identity / referral headers, and their display names. The SDP (addresses,
 * codecs) is kept: it is what a media bug needs, and it holds no phone number.
 */

/** A SIP message, redacted: `summary` is its first line. */
export interface SipView {
  direction: 'in' | 'out';
  at: number;
  summary: string;
  text: string;
}

const REDACTED = '[redacted]';
const CREDENTIALS = /^((?:proxy-)?authorization)[ \t]*:/i;
// Compact forms too: f (From), t (To), m (Contact), b (Referred-By), r (Refer-To).
const NUMBER_HEADERS = /^(from|f|to|t|contact|m|p-asserted-identity|p-preferred-identity|remote-party-id|referred-by|b|refer-to|r|diversion|history-info)[ \t]*:/i;
const URI_USER = /\b(sips?:|tel:)([^@;>\s,?]+)/gi;
const DISPLAY_NAME = /"((?:[^"\\]|\\.)*)"/g;

const maskUser = (user: string) => (/\d/.test(user) ? maskNumber(user) : user);

/** One header line (or the start line) with the numbers it carries masked. */
const maskNumbers = (line: string) =>
  line.replace(URI_USER, (_match, scheme: string, user: string) => scheme + maskUser(user)).replace(DISPLAY_NAME, (_match, name: string) => `"${maskNumber(name)}"`);

/** The message's text as the devtools show it. */
export function redactSipText(text: string, redaction: Redaction): string {
  const lines = text.split('\n');
  let inBody = false;
  let dtmfBody = false;
  let inCredentials = false;
  return lines
    .flatMap((raw, index) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const end = raw.endsWith('\r') ? '\r' : '';
      if (inBody) return [dtmfBody && redaction.dtmf ? maskDigits(raw) : raw];
      if (line === '' && index > 0) {
        inBody = true;
        return [raw];
      }
      // A folded header line continues the one before it (RFC 3261 §7.3.1).
      if (/^[ \t]/.test(line) && inCredentials) return [];
      const credentials = CREDENTIALS.exec(line);
      inCredentials = credentials !== null;
      if (credentials) return [`${credentials[1]}: ${REDACTED}${end}`];
      // SIP INFO keypresses (application/dtmf-relay, application/dtmf) are DTMF, masked as in the frames.
      if (/^(content-type|c)[ \t]*:.*dtmf/i.test(line)) dtmfBody = true;
      if (redaction.numbers && (index === 0 || NUMBER_HEADERS.test(line))) return [maskNumbers(line) + end];
      return [raw];
    })
    .join('\n');
}

/** The first line: the request line (`INVITE sip:8001@… SIP/2.0`) or the status line. */
export const sipSummary = (text: string) => (text.split(/\r?\n/, 1)[0] ?? '').trim();

export function redactSip(message: PhoneSipMessage, redaction: Redaction): SipView {
  const text = redactSipText(message.text, redaction);
  return { direction: message.direction, at: message.at, summary: sipSummary(text), text };
}

const METHODS: Readonly<Record<string, Meaning>> = {
  REGISTER: { zh: '注册分机', en: 'register the extension' },
  INVITE: { zh: '呼叫邀请', en: 'call invitation' },
  ACK: { zh: '确认', en: 'acknowledge' },
  BYE: { zh: '挂断', en: 'hang up' },
  CANCEL: { zh: '取消振铃', en: 'cancel the ring' },
  OPTIONS: { zh: '探测', en: 'keep-alive probe' },
  INFO: { zh: '通话中信息', en: 'mid-call info' },
  UPDATE: { zh: '更新会话', en: 'session update' },
  PRACK: { zh: '临时响应确认', en: 'provisional acknowledge' },
  REFER: { zh: '转接', en: 'transfer' },
  NOTIFY: { zh: '通知', en: 'notification' },
  SUBSCRIBE: { zh: '订阅', en: 'subscribe' },
  MESSAGE: { zh: '消息', en: 'message' },
};

const STATUSES: Readonly<Record<number, Meaning>> = {
  100: { zh: '处理中', en: 'trying' },
  180: { zh: '振铃', en: 'ringing' },
  183: { zh: '早期媒体', en: 'session progress' },
  200: { zh: '成功', en: 'OK' },
  401: { zh: '需要认证', en: 'authentication challenge' },
  403: { zh: '拒绝(密码错误?)', en: 'forbidden (wrong password?)' },
  404: { zh: '找不到', en: 'not found' },
  407: { zh: '需要代理认证', en: 'proxy authentication challenge' },
  408: { zh: '超时', en: 'timeout' },
  480: { zh: '暂时无法接通', en: 'temporarily unavailable' },
  486: { zh: '忙', en: 'busy here' },
  487: { zh: '请求已取消', en: 'request cancelled' },
  488: { zh: '媒体格式不被接受', en: 'not acceptable (media)' },
  503: { zh: '服务不可用', en: 'service unavailable' },
  603: { zh: '拒绝', en: 'declined' },
};

const CLASSES: readonly Meaning[] = [
  { zh: '临时响应', en: 'provisional' },
  { zh: '成功', en: 'success' },
  { zh: '重定向', en: 'redirect' },
  { zh: '请求错误', en: 'request failure' },
  { zh: '服务器错误', en: 'server failure' },
  { zh: '全局失败', en: 'global failure' },
];

/** What a SIP message is, in both languages: `REGISTER 成功` / `register the extension → OK`. */
export function describeSip(view: Pick<SipView, 'summary' | 'text'>): Meaning {
  const status = /^SIP\/2\.0 (\d{3})/.exec(view.summary);
  if (!status) {
    const method = view.summary.split(' ', 1)[0] ?? '';
    return METHODS[method] ?? { zh: method, en: method };
  }
  const code = Number(status[1]);
  const meaning = STATUSES[code] ?? CLASSES[Math.floor(code / 100) - 1] ?? { zh: String(code), en: String(code) };
  // A response answers the request its CSeq names.
  const method = /^CSeq[ \t]*:[ \t]*\d+[ \t]+(\w+)/im.exec(view.text)?.[1];
  const request = method ? METHODS[method.toUpperCase()] : undefined;
  return request ? { zh: `${request.zh} → ${meaning.zh}`, en: `${request.en} → ${meaning.en}` } : meaning;
}

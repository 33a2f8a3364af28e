/**
 * What `dial` accepts and how the caller's words become ours: arguments checked up front, extra
 * headers packed into the R-URI for kamailio, and baresip's CALL_CLOSED text mapped to an end
 * reason.
 */
import { CALLER_CODECS } from './baresipConfig';
import type { CallerLegEnded, DialOptions } from './sipCallerLeg';

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const SIP_USER = /^[A-Za-z0-9+._-]+$/;

/** Validates what a caller passes to `dial`, with TypeErrors that say what is wrong. */
export function validateDial(extension: string, options: DialOptions): void {
  if (typeof extension !== 'string' || !SIP_USER.test(extension)) {
    throw new TypeError(`dial: extension must be a SIP user part such as '8001' (got ${JSON.stringify(extension)})`);
  }
  if (options.from !== undefined && (typeof options.from !== 'string' || !SIP_USER.test(options.from))) {
    throw new TypeError(`dial: from must be a SIP user part such as '13800138000' (got ${JSON.stringify(options.from)})`);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new TypeError(`dial: '${name}' is not a valid SIP header name`);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw new TypeError(`dial: header '${name}' must be a one-line string`);
  }
  const codecs = options.codecs;
  if (codecs !== undefined && (!Array.isArray(codecs) || codecs.length === 0 || codecs.some((codec) => !CALLER_CODECS.includes(codec)))) {
    throw new TypeError(`dial: codecs must be a non-empty list of ${CALLER_CODECS.join(', ')}`);
  }
  const audio = options.audio;
  if (audio !== undefined && audio !== 'tone' && audio !== 'silence' && !(typeof audio === 'object' && typeof audio.file === 'string')) {
    throw new TypeError(`dial: audio must be 'tone', 'silence' or { file } (got ${JSON.stringify(audio)})`);
  }
}

/** The R-URI baresip dials; extra headers ride in one hex parameter that kamailio unpacks. */
export function dialUri(extension: string, kamailioUdpPort: number, headers: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(headers ?? {});
  const base = `sip:${extension}@127.0.0.1:${kamailioUdpPort}`;
  if (entries.length === 0) return base;
  const block = entries.map(([name, value]) => `${name}: ${value}\r\n`).join('');
  return `${base};wch=${Buffer.from(block, 'utf8').toString('hex')}`;
}

/** baresip's CALL_CLOSED text → why the leg ended. */
export function endedFrom(detail: string, hangupRequested: boolean, wasAnswered: boolean): CallerLegEnded {
  if (hangupRequested) return { phase: 'ended', reason: wasAnswered ? 'localHangup' : 'cancelled', detail, wasAnswered };
  const match = /^(\d{3})\b/.exec(detail);
  const status = match ? Number(match[1]) : undefined;
  if (status === 486 || status === 603 || status === 600) return { phase: 'ended', reason: 'rejected', status, detail, wasAnswered };
  if (status === 404 || status === 480) return { phase: 'ended', reason: 'notRegistered', status, detail, wasAnswered };
  if (status !== undefined) return { phase: 'ended', reason: 'failed', status, detail, wasAnswered };
  if (wasAnswered && /reset by peer/i.test(detail)) return { phase: 'ended', reason: 'remoteHangup', detail, wasAnswered };
  return { phase: 'ended', reason: 'failed', detail, wasAnswered };
}

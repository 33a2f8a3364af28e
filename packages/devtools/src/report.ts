import type { TabRole, WinCallClientOptions } from '@wincall/core';
import { diffStates, type StateDiff } from './diff';
import type { DevtoolsRecorder, RecordedEntry } from './recorder';
import { redactDeep, redactFields, redactPayload, type Redaction } from './redact';
import { redactSip } from './sip';
import { summarizeState, type StateSummary } from './summary';
import { VERSION } from './version';

/**
 * "Export a bug report": one JSON file, what the agent's client saw, redacted. Version 1.
 * `@wincall/simulator` replays it (`pnpm sim --replay report.json`, `replayReport(report)`).
 */
export interface BugReport {
  format: 'wincall-bug-report';
  version: 1;
  createdAt: string;
  versions: { devtools: string; core: string; userAgent: string | null };
  /** The client's options, without functions or transports (they hold no secrets). */
  options: Record<string, unknown>;
  /** What was masked: the password and the phone password always are. */
  redaction: Redaction;
  tab: { role: TabRole; seesFrames: boolean };
  /** Entries dropped from the front to keep memory bounded (then a replay starts mid-session). */
  dropped: number;
  entries: ReportEntry[];
  /**
   * The browser phone's SIP messages, one line each (redacted like the frames; `seq` places them
   * among the entries). Apart from `entries`, which the simulator replays: it reads no SIP. Empty
   * without a browser phone, or in a follower tab (the leader's device holds the registration).
   */
  sip: ReportSip[];
}

/** A SIP message in a report: its direction and first line (`INVITE sip:80••@… SIP/2.0`, `SIP/2.0 200 OK`). */
export interface ReportSip {
  seq: number;
  at: number;
  direction: 'in' | 'out';
  summary: string;
}

export type ReportEntry =
  | { seq: number; dir: 'in'; at: number; payload: string }
  | { seq: number; dir: 'out'; at: number; command: { Action: number } & Record<string, unknown>; sent: boolean }
  | { seq: number; dir: 'transition'; at: number; input: Record<string, unknown> & { type: string }; state: StateSummary; diff: StateDiff[] };

const KEPT_OPTIONS = [
  'serverUrl',
  'host',
  'port',
  'https',
  'vccCode',
  'apiUrl',
  'jsonp',
  'timeouts',
  'loginDelay',
  'recoveryInterval',
  'silenceTimeout',
  'pageLifecycle',
  'reconnection',
  'channelName',
] as const;

/** The options a report keeps: settings only, never functions (io, fetch, logger) or a transport object. */
export function reportOptions(options: Readonly<WinCallClientOptions> | null): Record<string, unknown> {
  if (!options) return {};
  const out: Record<string, unknown> = {};
  for (const key of KEPT_OPTIONS) {
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined || typeof value === 'function') continue;
    // A URL with credentials in it (`https://user:secret@host`) keeps only its host.
    out[key] = typeof value === 'string' ? value.replace(/\/\/[^/@]*@/, '//***@') : (JSON.parse(JSON.stringify(value)) as unknown);
  }
  out.transport = options.transport ? 'custom' : options.io ? 'socket.io (own io factory)' : 'socket.io';
  // The browser phone: where it registers, never its password, user or ICE servers (TURN credentials).
  const phone = options.phone;
  if (phone) {
    out.phone = {
      wsUrl: typeof phone.wsUrl === 'string' ? phone.wsUrl.replace(/\/\/[^/@]*@/, '//***@') : null,
      domain: phone.domain ?? null,
      autoAnswer: phone.autoAnswer ?? false,
      iceServers: phone.iceServers?.length ?? 0,
    };
  }
  return out;
}

/** One recorded entry, redacted, as the panel lists it and a report stores it. */
export function toReportEntry(entry: RecordedEntry, redaction: Redaction): ReportEntry {
  if (entry.dir === 'in') return { seq: entry.seq, dir: 'in', at: entry.at, payload: redactPayload(entry.payload, redaction) };
  if (entry.dir === 'out') {
    return {
      seq: entry.seq,
      dir: 'out',
      at: entry.at,
      command: redactFields(entry.command, redaction) as { Action: number } & Record<string, unknown>,
      sent: entry.sent,
    };
  }
  return {
    seq: entry.seq,
    dir: 'transition',
    at: entry.at,
    input: redactDeep(entry.input, redaction) as Record<string, unknown> & { type: string },
    state: summarizeState(entry.current),
    diff: diffStates(redactDeep(entry.previous, redaction), redactDeep(entry.current, redaction)),
  };
}

export function buildReport(recorder: DevtoolsRecorder, redaction: Redaction, now: Date = new Date()): BugReport {
  return {
    format: 'wincall-bug-report',
    version: 1,
    createdAt: now.toISOString(),
    versions: {
      devtools: VERSION,
      core: VERSION,
      userAgent: typeof navigator === 'undefined' ? null : navigator.userAgent,
    },
    options: reportOptions(recorder.options()),
    redaction,
    tab: { role: recorder.role(), seesFrames: recorder.seesFrames() },
    dropped: recorder.dropped(),
    entries: recorder.entries().map((entry) => toReportEntry(entry, redaction)),
    sip: recorder.sip().map(({ seq, message }) => {
      const { direction, at, summary } = redactSip(message, redaction);
      return { seq, at, direction, summary };
    }),
  };
}

/** `wincall-report-2026-11-30T01-02-03.json` */
export const reportFileName = (report: BugReport) => `wincall-report-${report.createdAt.slice(0, 19).replace(/:/g, '-')}.json`;

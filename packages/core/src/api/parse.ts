import { WinCallError } from '../errors';
import { toInteger } from '../protocol/codec';
import type { BusyReason, FreeAgent, OnlineAgent, Queue } from './types';

const apiError = (code: string, cause?: unknown) => new WinCallError({ code, action: 'api', reason: 'api', cause });

/**
 * Unwraps `{code, message, data}` (protocol.md §7). 401/402 become their own errors; anything
 * that is not that envelope is `API_MALFORMED`, never an exception of another type.
 */
export function unwrapEnvelope(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw apiError('API_MALFORMED');
  const envelope = body as Record<string, unknown>;
  const code = toInteger(envelope.code);
  if (code === 401) throw apiError('API_TENANT_MISSING');
  if (code === 402) throw apiError('API_TENANT_UNKNOWN');
  if (code !== 200) throw apiError(code == null ? 'API_MALFORMED' : 'API_HTTP');
  if (envelope.data === null || envelope.data === undefined) return [];
  if (!Array.isArray(envelope.data)) throw apiError('API_MALFORMED');
  return envelope.data;
}

/** Parses a body that should be JSON; the vendor's own examples are sometimes not. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw apiError('API_MALFORMED', cause);
  }
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const id = (value: unknown): number | null => toInteger(value) ?? null;

/** Rows without a numeric id cannot be used in a command (every id field on the wire is an integer). */
function rows<T>(data: unknown[], map: (row: Row) => T | null): T[] {
  const out: T[] = [];
  for (const value of data) {
    if (!isRow(value)) continue;
    const mapped = map(value);
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

export const parseFreeAgents = (data: unknown[]): FreeAgent[] =>
  rows(data, (r) => {
    const agentId = id(r.ag_id);
    return agentId === null
      ? null
      : { id: agentId, agentNum: text(r.ag_num), name: text(r.ag_name), extension: text(r.pho_num) };
  });

export const parseOnlineAgents = (data: unknown[]): OnlineAgent[] =>
  rows(data, (r) => {
    const agentId = id(r.ag_id);
    if (agentId === null) return null;
    const time = text(r.ag_time);
    return { id: agentId, extension: text(r.pho_num), time, seconds: parseDuration(time) };
  });

export const parseQueues = (data: unknown[]): Queue[] =>
  rows(data, (r) => {
    const queueId = id(r.id);
    return queueId === null ? null : { id: queueId, name: text(r.que_name) };
  });

export const parseBusyReasons = (data: unknown[]): BusyReason[] =>
  rows(data, (r) => {
    const reasonId = id(r.id);
    return reasonId === null
      ? null
      : { id: reasonId, name: text(r.stat_reason), tenantId: id(r.vcc_id), agentStatus: id(r.ag_stat) };
  });

function parseDuration(time: string): number | null {
  const match = /^(\d+):([0-5]?\d):([0-5]?\d)$/.exec(time.trim());
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

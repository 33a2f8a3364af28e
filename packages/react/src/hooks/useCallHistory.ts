import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallRecord } from '@wincall/core';
import { useQueues } from './useQueues';
import { useTabRole } from './useTabRole';
import { useWinCallEvent } from './useWinCallEvent';

/**
 * Where call records go and come from: `load` once on mount (e.g. from localStorage, or the CRM's
 * API), `save` once per new record, and only in the tab holding the connection (several open tabs
 * save a call once). Both may be async; a failure is reported in `error` and never thrown.
 */
export interface CallHistoryStorage {
  load?(): readonly CallRecord[] | Promise<readonly CallRecord[]>;
  save?(record: CallRecord): void | Promise<void>;
}

export interface UseCallHistoryOptions {
  /** At most this many records, newest first. Default 50. */
  limit?: number;
  storage?: CallHistoryStorage;
}

export interface CallHistory {
  /** Newest first; queue names filled in from the config API where the core had only the id. */
  records: CallRecord[];
  /** The last load or save failure, if any. */
  error: Error | null;
}

/** Ids each storage was already given, so two components with one storage never save a call twice. */
const savedIds = new WeakMap<CallHistoryStorage, Set<string>>();

function merge(current: readonly CallRecord[], incoming: readonly CallRecord[], limit: number): CallRecord[] {
  const byId = new Map<string, CallRecord>();
  for (const record of [...current, ...incoming]) {
    if (record && typeof record.id === 'string' && !byId.has(record.id)) byId.set(record.id, record);
  }
  return [...byId.values()].sort((a, b) => b.startedAt - a.startedAt).slice(0, limit);
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * The agent's call records (`callRecord` events), newest first: this session's, and whatever the
 * storage adapter loads. Works in every tab: the leader's records are relayed to the others, and
 * only the tab holding the connection saves.
 */
export function useCallHistory({ limit = 50, storage }: UseCallHistoryOptions = {}): CallHistory {
  const [records, setRecords] = useState<CallRecord[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const role = useTabRole();
  const queues = useQueues();
  const latest = useRef({ storage, role, limit });
  useEffect(() => {
    latest.current = { storage, role, limit };
  });

  useEffect(() => {
    if (!storage?.load) return;
    let live = true;
    Promise.resolve()
      .then(() => storage.load!())
      .then(
        (loaded) => {
          if (!live || !Array.isArray(loaded)) return;
          const seen = savedIds.get(storage) ?? new Set<string>();
          for (const record of loaded) if (record && typeof record.id === 'string') seen.add(record.id);
          savedIds.set(storage, seen);
          setRecords((current) => merge(current, loaded, latest.current.limit));
        },
        (failure: unknown) => live && setError(asError(failure)),
      );
    return () => {
      live = false;
    };
  }, [storage]);

  useWinCallEvent('callRecord', ({ record }) => {
    const { storage: store, role: tabRole, limit: max } = latest.current;
    setRecords((current) => merge([record], current, max));
    if (!store?.save || tabRole === 'follower') return;
    const seen = savedIds.get(store) ?? new Set<string>();
    savedIds.set(store, seen);
    if (seen.has(record.id)) return;
    seen.add(record.id);
    Promise.resolve()
      .then(() => store.save!(record))
      .catch((failure: unknown) => setError(asError(failure)));
  });

  const names = queues.data;
  const named = useMemo(() => {
    if (!names || names.length === 0) return records;
    return records.map((record) => {
      if (!record.queue || record.queue.name !== null) return record;
      const name = names.find((queue) => queue.id === record.queue!.id)?.name;
      return name === undefined ? record : { ...record, queue: { ...record.queue, name } };
    });
  }, [records, names]);

  return { records: named.slice(0, limit), error };
}

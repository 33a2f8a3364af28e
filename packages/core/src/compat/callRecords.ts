const STORAGE_KEY = 'callRecords';
const MAX_RECORDS = 10;

/**
 * The last numbers dialled out or consulted (`fn_get_callrecord`), newest first, shared with the
 * legacy client through `localStorage['callRecords']` (comma-separated) so the history survives
 * the switch. Storage that throws (private mode, sandboxed frames) is treated as absent.
 */
export function createCallRecords() {
  let records: string[] = [];

  return {
    list(): string[] {
      const stored = readStorage();
      return stored ? stored.split(',') : records;
    },
    add(number: unknown): boolean {
      if (!number) return false;
      const entry = String(number);
      if (records.length === 0) records = readStorage()?.split(',') ?? [];
      const known = records.includes(entry);
      records = [entry, ...records.filter((r) => r !== entry)];
      if (!known && records.length > MAX_RECORDS) records = records.slice(0, MAX_RECORDS);
      writeStorage(records.join(','));
      return true;
    },
  };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'object' && localStorage !== null ? localStorage : null;
  } catch {
    return null;
  }
}

function readStorage(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

function writeStorage(value: string): void {
  try {
    storage()?.setItem(STORAGE_KEY, value);
  } catch {
    // Full or forbidden storage: the in-memory list still works.
  }
}

/**
 * A value kept as JSON in localStorage, observable from React (`useSyncExternalStore`) and kept in
 * step across tabs through the `storage` event. Unreadable or foreign data reads as the fallback.
 */
export interface StoredValue<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function storedValue<T>(key: string, fallback: T, parse: (raw: unknown) => T | null): StoredValue<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cached: T = fallback;

  const storage = (): Storage | null => {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null; // storage disabled (privacy settings): work in memory
    }
  };

  function get(): T {
    const raw = storage()?.getItem(key) ?? null;
    if (raw === cachedRaw) return cached;
    cachedRaw = raw;
    try {
      cached = raw === null ? fallback : (parse(JSON.parse(raw)) ?? fallback);
    } catch {
      cached = fallback;
    }
    return cached;
  }

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  function onStorage(event: StorageEvent) {
    if (event.key === key || event.key === null) notify();
  }

  return {
    get,
    set(next) {
      const raw = JSON.stringify(next);
      try {
        storage()?.setItem(key, raw);
        cachedRaw = raw;
      } catch {
        // Quota exceeded: keep the value for this page only.
        cachedRaw = storage()?.getItem(key) ?? null;
      }
      cached = next;
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
  };
}

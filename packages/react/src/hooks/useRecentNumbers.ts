import { useCallback, useState } from 'react';

const LIMIT = 10;

function read(key: string): string[] {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string').slice(0, LIMIT) : [];
  } catch {
    // Storage may be disabled (privacy mode, sandboxed iframe): remember in memory only.
    return [];
  }
}

function write(key: string, numbers: string[]) {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(numbers));
  } catch {
    // See read().
  }
}

/**
 * The last numbers dialled, newest first, kept for the browser tab (sessionStorage) under `key`.
 * Only phone numbers ever go in here.
 */
export function useRecentNumbers(key: string): { numbers: string[]; add: (number: string) => void } {
  const [numbers, setNumbers] = useState(() => read(key));
  const add = useCallback(
    (number: string) => {
      const clean = number.trim();
      if (clean === '') return;
      setNumbers((current) => {
        const next = [clean, ...current.filter((n) => n !== clean)].slice(0, LIMIT);
        write(key, next);
        return next;
      });
    },
    [key],
  );
  return { numbers, add };
}

export interface SplitFrame {
  messages: Record<string, unknown>[];
  /** Pieces that were not JSON objects. */
  rejected: string[];
}

/**
 * Splits a `toAgent` payload the way the legacy client did (protocol.md §1): only a string that,
 * trimmed, starts with `{` and ends with `}` is read; it holds JSON objects joined by `\r\n`.
 * The legacy client stopped at the first piece that did not parse (losing the rest of the
 * frame); we skip that piece and read the others. Field values are kept exactly as sent,
 * because the legacy lookups were strict (see `interpretMessage`).
 */
export function splitFrame(payload: unknown): SplitFrame {
  const messages: Record<string, unknown>[] = [];
  const rejected: string[] = [];
  if (typeof payload !== 'string') return { messages, rejected };
  const text = payload.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return { messages, rejected };

  for (const piece of text.split('\r\n')) {
    const parsed = parseObject(piece);
    if (parsed) messages.push(parsed);
    else rejected.push(piece);
  }
  return { messages, rejected };
}

function parseObject(piece: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(piece);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

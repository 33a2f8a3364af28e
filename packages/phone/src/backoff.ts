/**
 * How long to wait before reconnection attempt `attempt` (1-based): 0.5 s, 1 s, 2 s, 4 s, then
 * every 5 s, each ±20 % so that a few hundred agents whose SIP server restarted do not all knock
 * in the same millisecond. Never more than 5 s: an agent waiting for calls must not sit
 * unregistered for long after the server is back.
 */
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 5_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  const base = Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), MAX_RETRY_MS);
  const jittered = base * (0.8 + 0.4 * random());
  return Math.round(Math.min(jittered, MAX_RETRY_MS));
}

import { NUMBER_EMPTY, checkNumbers, type NumberCheck } from '../protocol/numbers';

/**
 * `parseInt(value) || 0`: how the legacy client read agent, queue, project and task ids
 * (`'12abc'` → 12, `''` or `'x'` → 0). No radix, as there: `'0x10'` → 16.
 */
export function legacyInt(value: unknown): number {
  return Number.parseInt(String(value)) || 0;
}

/** The initial state of `fn_login`: 2 (busy) when the argument reads as 2, else 1 (idle). */
export function initialQueueState(value: unknown): 1 | 2 {
  return Number.parseInt(String(value)) === 2 ? 2 : 1;
}

/**
 * Cleans and checks the called/caller pair of `fn_dialouter` / `fn_consultouter`. The legacy
 * client tested the raw argument for emptiness first (so the number `0` counts as empty), then
 * cleaned both numbers; we strip every space, `-` and `+` (it stripped only the first of each).
 */
export function checkDialNumbers(called: unknown, caller: unknown): NumberCheck {
  if (!called) return { ok: false, ret: NUMBER_EMPTY };
  return checkNumbers(called, caller);
}

/** Local validation failures (protocol.md §2), reported with these Ret values; nothing is sent. */
export const NUMBER_EMPTY = 505;
export const CALLED_NOT_NUMERIC = 506;
export const CALLER_NOT_NUMERIC = 507;
/** INIT with a missing sign-in parameter. */
export const LOGIN_PARAMETER_MISSING = 100;

/**
 * Normalises a phone number the way the legacy client meant to: every space, `-` and `+` is
 * removed (the legacy code removed only the first of each, a bug we do not copy).
 */
export function normalizeNumber(input: unknown): string {
  if (input === undefined || input === null) return '';
  return String(input).replace(/[\s\-+]/g, '');
}

export function isNumeric(value: string): boolean {
  return /^\d+$/.test(value);
}

export type NumberCheck =
  | { ok: true; called: string; caller: string }
  | { ok: false; ret: typeof NUMBER_EMPTY | typeof CALLED_NOT_NUMERIC | typeof CALLER_NOT_NUMERIC };

/**
 * Checks a called/caller pair for dialling out, consulting out or blind transfer.
 * An empty caller is allowed (the server then uses the tenant default); a non-empty one must be numeric.
 */
export function checkNumbers(called: unknown, caller: unknown): NumberCheck {
  const cleanCalled = normalizeNumber(called);
  const cleanCaller = normalizeNumber(caller);
  if (cleanCalled === '') return { ok: false, ret: NUMBER_EMPTY };
  if (!isNumeric(cleanCalled)) return { ok: false, ret: CALLED_NOT_NUMERIC };
  if (cleanCaller !== '' && !isNumeric(cleanCaller)) return { ok: false, ret: CALLER_NOT_NUMERIC };
  return { ok: true, called: cleanCalled, caller: cleanCaller };
}

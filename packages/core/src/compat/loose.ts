/**
 * `value == n` in JavaScript, for JSON values: `''`, `'0'`, `false` and `[]` are `== 0`, `null` is
 * not. The legacy client compared a few fields this way, and pages saw the consequences.
 */
export function looselyEquals(value: unknown, n: number): boolean {
  return value !== null && value !== undefined && Number(value) === n;
}

/**
 * The legacy `(Retact, Ret) → display code` mapping (protocol.md §4): a 3-digit action prefix
 * plus a 3-digit reason. Reasons the legacy client does not list collapse to `999`; a few fold
 * together. The mapping is reproduced exactly because integrators key their UI on these codes.
 */
interface ResultRule {
  prefix: string;
  /** Reasons with a code of their own. */
  known: readonly number[];
  /** Reasons the legacy client reports as another reason's code. */
  folds?: Readonly<Record<number, number>>;
  /** Reasons that count as success besides 0. */
  alsoSuccess?: readonly number[];
  /**
   * INIT's legacy code appends an unknown Ret as is (Ret 8 → "0018", Ret 451 → "001451")
   * instead of collapsing it to 999.
   */
  appendUnknown?: boolean;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const RULES: Readonly<Record<number, ResultRule>> = {
  100: { prefix: '001', known: [...range(0, 7), 20], appendUnknown: true },
  1: { prefix: '002', known: [0, 1] },
  2: { prefix: '003', known: [0, 1], folds: { 1: 0, 2: 1 }, alsoSuccess: [1] },
  3: { prefix: '004', known: range(0, 3), alsoSuccess: [3] },
  4: { prefix: '005', known: [0, 1, 2, 4], folds: { 3: 0 }, alsoSuccess: [3] },
  5: { prefix: '006', known: range(0, 3) },
  6: { prefix: '007', known: [0, 1, 2, 4, 5, 10], folds: { 3: 2 } },
  9: { prefix: '009', known: range(0, 4), alsoSuccess: [4] },
  10: { prefix: '010', known: range(0, 4), alsoSuccess: [4] },
  21: { prefix: '021', known: [...range(0, 8), 11, 20, 30, 451, ...range(501, 505)], folds: { 452: 451 } },
  22: { prefix: '022', known: [...range(0, 11), 20, 451, ...range(501, 507)], folds: { 452: 451 } },
  23: { prefix: '023', known: range(0, 2) },
  24: {
    prefix: '024',
    known: [0, 1, 2, 4, 5, 6, 7, 9, 451, ...range(501, 504)],
    folds: { 3: 2, 8: 7, 452: 451 },
  },
  25: {
    prefix: '025',
    known: [0, 1, 2, 4, 5, 6, 7, 9, 20, 451, ...range(501, 507)],
    folds: { 3: 2, 8: 7, 452: 451 },
  },
  26: { prefix: '026', known: range(0, 5) },
  27: { prefix: '027', known: range(0, 5) },
  28: { prefix: '028', known: range(0, 5) },
  29: { prefix: '029', known: range(0, 6) },
  30: { prefix: '030', known: [0, 1, 2, 4, 5, 6, 7, 9, 20, 30], folds: { 3: 1, 8: 7 } },
  31: { prefix: '031', known: [0, 1, 2], folds: { 3: 2, 4: 2, 5: 2 } },
  32: { prefix: '032', known: [0, 1, 3], folds: { 2: 1, 4: 3, 5: 3, 6: 3 } },
  33: { prefix: '033', known: range(0, 5) },
  34: { prefix: '034', known: [0] },
  41: { prefix: '041', known: range(0, 7) },
  43: { prefix: '043', known: range(0, 7) },
  44: { prefix: '044', known: range(0, 8) },
  46: { prefix: '046', known: [0, 1, 2, 3, 5, 6, 7, 99] },
  47: { prefix: '047', known: [...range(0, 8), 508] },
  51: { prefix: '051', known: [0, 1, 2, 3, 20, 30] },
};

/** The heartbeat reply's results carry no code at all. */
const KEEP_ALIVE = 7;

const pad3 = (n: number): string => String(n).padStart(3, '0');

/**
 * The legacy display code for a result. Empty for heartbeat results; `UNKNOWN_FUNCTION<n>`
 * for an action the legacy client does not know (it has no case for DTMF, 42).
 */
export function resultCode(retact: number, ret: number): string {
  if (retact === KEEP_ALIVE) return '';
  const rule = RULES[retact];
  if (!rule) return `UNKNOWN_FUNCTION${retact}`;
  const folded = rule.folds?.[ret] ?? ret;
  if (rule.known.includes(folded)) return rule.prefix + pad3(folded);
  return rule.prefix + (rule.appendUnknown ? String(ret) : '999');
}

/** Whether a result means the command succeeded (Ret 0, plus LOGIN 1, BUSY 3, autocall 4, LOGOUT 3). */
export function isSuccess(retact: number, ret: number): boolean {
  if (ret === 0) return true;
  return RULES[retact]?.alsoSuccess?.includes(ret) ?? false;
}

/** The code of a local validation failure, reported as the action's result (protocol.md §2). */
export function localFailureCode(actionNumber: number, ret: number): string {
  const rule = RULES[actionNumber];
  return (rule?.prefix ?? pad3(actionNumber)) + pad3(ret);
}

/** One changed leaf of a state: `agent.status: idle → busy`. */
export interface StateDiff {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What changed between two states (plain data: redact them first), leaf by leaf; arrays compare whole. */
export function diffStates(before: unknown, after: unknown, path = ''): StateDiff[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffStates(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after) && JSON.stringify(before) === JSON.stringify(after)) return [];
  // A leaf, or a whole branch that appeared or went (a call starts, ends): one line for it.
  return [{ path: path || '(state)', before: before ?? null, after: after ?? null }];
}

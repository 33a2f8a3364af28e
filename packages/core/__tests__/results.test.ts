import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeText, loadCodeTexts, resultCode, isSuccess } from '../src/protocol';

const tsv = readFileSync(new URL('../../../docs/protocol/protocol-events.tsv', import.meta.url), 'utf8');
const rows = tsv
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((line) => {
    const [input, pre, code, msg, type] = line.split('\t');
    return { input: JSON.parse(input!), pre, code: code!, msg: msg!, type: type! };
  });

describe('legacy (Retact, Ret) → code mapping', () => {
  // The catalog is loaded on first use (protocol/codes.ts).
  beforeAll(() => loadCodeTexts());

  const results = rows.filter((r) => r.input.MT === 1);

  it('covers every result row of protocol-events.tsv', () => {
    expect(results.length).toBeGreaterThan(900);
  });

  it.each(results.map((r) => [r.input.Retact, r.input.Ret, r.code, r.msg, r.type] as const))(
    'Retact %i Ret %i → %s',
    (retact, ret, code, msg, type) => {
      expect(resultCode(retact, ret)).toBe(code);
      // The legacy listener shows the catalog text, or the code itself when the catalog has none.
      if (code !== '') expect(codeText(code)?.zh ?? code).toBe(msg);
      // Only successful results carry an event type in the legacy client (blind transfer and always-on answer
      // are successes without one).
      if (type !== '') expect(isSuccess(retact, ret)).toBe(true);
    },
  );
});

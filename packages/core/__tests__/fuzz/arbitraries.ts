import fc from 'fast-check';

/** Messages a wintel server really sends (protocol.md §3), with realistic field values. */
export const validMessage = fc.oneof(
  fc.record({
    MT: fc.constant(1),
    Retact: fc.constantFrom(100, 1, 2, 3, 4, 5, 6, 7, 9, 10, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 41, 42, 43, 44, 46, 47, 51),
    Ret: fc.constantFrom(0, 0, 0, 1, 2, 3, 4, 5, 451, 806, 999),
    Retmsg: fc.constantFrom('', '[[6250],["58452440"],"pw"]'),
  }),
  fc.constant({ MT: 2 }),
  fc.record({
    MT: fc.constant(3),
    PhoSta: fc.constantFrom(0, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23, 24, 25, 26, 31, 32, 33, 34, 35, 40, 55),
    RingType: fc.constantFrom(0, 1, 2, 3, 4, 5, 7, ''),
    OAgId: fc.constantFrom(0, 2, ''),
    Caller: fc.constantFrom('13800138000', '58452440', ''),
    CallId: fc.constantFrom('c1', 'c2'),
  }),
  fc.record({ MT: fc.constant(4), AgSta: fc.constantFrom(2, 3, 4, 5, 7, 11, 12), AgStaParam: fc.constantFrom('', 0, 1, 30, 101) }),
  fc.constant({ MT: 5 }),
  fc.constant({ MT: 6 }),
  fc.record({ MT: fc.constant(7), IvrResult: fc.constantFrom('1#', '', '99') }),
  fc.record({ MT: fc.constant(8), Param: fc.constantFrom(1, 2), Data: fc.constantFrom([6250], ['58452440'], []) }),
  fc.record({ MT: fc.constant(10), Code: fc.constantFrom(5, 6, 101) }),
);

const junkValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** A valid message with one field removed, retyped or added, or its MT changed. */
export const mutatedMessage = fc
  .tuple(validMessage, fc.constantFrom('drop', 'retype', 'add', 'mt'), fc.string({ maxLength: 8 }), junkValue)
  .map(([message, how, key, value]) => {
    const copy: Record<string, unknown> = { ...message };
    const keys = Object.keys(copy);
    const target = keys[Math.abs(key.length * 7) % keys.length] ?? 'MT';
    if (how === 'drop') delete copy[target];
    else if (how === 'retype') copy[target] = value;
    else if (how === 'add') copy[key || 'x'] = value;
    else copy.MT = value;
    return copy;
  });

/** Whole `toAgent` payloads: good and bad pieces joined, truncated, padded, or not text at all. */
export const frame = fc.oneof(
  fc.array(fc.oneof(validMessage, mutatedMessage), { minLength: 1, maxLength: 4 }).map((ms) => ms.map((m) => JSON.stringify(m)).join('\r\n')),
  fc.tuple(validMessage, fc.nat(40)).map(([m, cut]) => JSON.stringify(m).slice(0, cut)),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.tuple(validMessage, fc.string({ maxLength: 10 })).map(([m, noise]) => `${noise}${JSON.stringify(m)}${noise}`),
  junkValue,
  fc.constant(undefined),
);

import { describe, expect, it } from 'vitest';
import { decodeFrame, ProtocolError } from '../src/protocol';

describe('decodeFrame', () => {
  it('splits a frame into its messages and trims it', () => {
    const frame = '  {"MT":1,"Retact":4,"Ret":0,"Retmsg":""}\r\n{"MT":4,"AgSta":2,"AgStaParam":101}\r\n ';
    const { messages, errors } = decodeFrame(frame);
    expect(errors).toEqual([]);
    expect(messages).toEqual([
      { MT: 1, Retact: 4, Ret: 0, Retmsg: '' },
      { MT: 4, AgSta: 2, AgStaParam: 101 },
    ]);
  });

  it('keeps the good messages of a frame and reports each bad one as a typed error', () => {
    const frame = ['{"MT":2}', '{"MT":1,"Retact":4', 'hello', '[1,2]', '{"MT":3,"PhoSta":6}'].join('\r\n');
    const { messages, errors } = decodeFrame(frame);
    expect(messages.map((m) => m.MT)).toEqual([2, 3]);
    expect(errors.map((e) => e.kind)).toEqual(['notJson', 'notJson', 'notJson']);
    expect(errors.every((e) => e instanceof ProtocolError)).toBe(true);
  });

  it('reports JSON that does not parse', () => {
    const { messages, errors } = decodeFrame('{"MT":1,"Retact":4,"Ret":0,}');
    expect(messages).toEqual([]);
    expect(errors[0]?.kind).toBe('invalidJson');
    expect(errors[0]?.frame).toContain('Retact');
  });

  it.each([
    [42, 'notText'],
    [null, 'notText'],
    [undefined, 'notText'],
    [[{ MT: 2 }], 'notText'],
    ['{"foo":1}', 'notAMessage'],
    ['{"MT":"x"}', 'notAMessage'],
    ['{"MT":1,"Retact":4}', 'invalidField'],
    ['{"MT":1,"Ret":0}', 'invalidField'],
    ['{"MT":3}', 'invalidField'],
    ['{"MT":4,"AgSta":"busy"}', 'invalidField'],
    ['{"MT":8,"Param":1,"Data":"6250"}', 'invalidField'],
    ['{"MT":10}', 'invalidField'],
    ['{"MT":99}', 'unknownMessageType'],
  ])('rejects %j as %s', (payload, kind) => {
    const { messages, errors } = decodeFrame(payload);
    expect(messages).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.kind).toBe(kind);
  });

  it('accepts numbers sent as strings and empty optional fields', () => {
    const { messages } = decodeFrame('{"MT":"3","PhoSta":"5","RingType":"1","OAgId":"","Caller":"13800138000"}');
    expect(messages[0]).toMatchObject({ MT: 3, PhoSta: 5, RingType: 1, OAgId: null });
  });

  it('accepts a payload that a server sent as an object', () => {
    expect(decodeFrame({ MT: 2 }).messages).toEqual([{ MT: 2 }]);
  });

  it('does not let a "__proto__" field touch any prototype', () => {
    const { messages } = decodeFrame('{"MT":3,"PhoSta":6,"__proto__":{"polluted":true}}');
    expect(messages).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('truncates very long frames in errors', () => {
    const { errors } = decodeFrame(`x${'a'.repeat(10_000)}`);
    expect(errors[0]?.frame.length).toBeLessThanOrEqual(501);
  });

  it('never throws, whatever the payload', () => {
    const weird = [Symbol('x'), () => 1, new Uint8Array([123, 125]), Object.create(null), '\r\n\r\n', '{}', '{"MT":1e400}'];
    for (const payload of weird) expect(() => decodeFrame(payload)).not.toThrow();
  });
});

import { describePayload, describeCommand } from '@wincall/devtools/headless';
import { describe, expect, it } from 'vitest';

/** The decoder names the wire's numbers in both languages (docs/protocol/protocol.md). */
describe('decoding frames', () => {
  it.each([
    ['{"MT":1,"Retact":4,"Ret":0,"Retmsg":""}', 'MT 1 command result · BUSY', '示忙', 'busy', '005000'],
    ['{"MT":1,"Retact":22,"Ret":506,"Retmsg":""}', 'MT 1 command result · DIAL OUT', '外呼', 'dial out', '022506'],
    ['{"MT":2}', 'MT 2 heartbeat', '心跳', 'heartbeat', undefined],
    ['{"MT":1,"Retact":42,"Ret":0}', 'MT 1 command result · DTMF', '二次拨号 · Ret 0', 'DTMF · Ret 0', undefined],
    ['{"MT":3,"PhoSta":5,"RingType":1,"Caller":"139"}', 'MT 3 phone state · PhoSta 5', '振铃 · 队列分配', 'ringing · from a queue', undefined],
    ['{"MT":3,"PhoSta":33}', 'MT 3 phone state · PhoSta 33', '转接成功', 'transfer succeeded', undefined],
    ['{"MT":4,"AgSta":5,"AgStaParam":30}', 'MT 4 agent state · AgSta 5', '话后处理', 'after-call work', undefined],
    ['{"MT":10,"Code":4}', 'MT 10 error / supervisor order · Code 4', '班长强制签出', 'forced sign-out by a supervisor', undefined],
    ['{"MT":8,"Param":2,"Data":["58452440"]}', 'MT 8 data update', '数据更新 · 可用主叫号码', 'data update · allowed caller numbers', undefined],
  ])('%s', (payload, title, zh, en, code) => {
    const [message] = describePayload(payload);
    expect(message?.title).toBe(title);
    expect(message?.meaning.zh).toContain(zh);
    expect(message?.meaning.en).toContain(en);
    expect(message?.code).toBe(code);
  });

  it('gives a result its catalog text in zh and en', () => {
    const [message] = describePayload('{"MT":1,"Retact":4,"Ret":0,"Retmsg":""}');
    // The catalog (protocol-codes.tsv): 005000 is "示忙成功" / a success text in English.
    expect(message?.meaning.zh).toMatch(/示忙.*·.+/);
    expect(message?.meaning.en).toMatch(/busy · .+/i);
  });

  it('splits a frame of several messages and says which pieces are not messages', () => {
    const messages = describePayload('{"MT":1,"Retact":5,"Ret":0}\r\n{"MT":4,"AgSta":3}\r\nnot json');
    expect(messages.map((m) => m.title)).toEqual(['MT 1 command result · UNBUSY', 'MT 4 agent state · AgSta 3', 'not a message']);
  });

  it('names unknown numbers as unknown instead of guessing', () => {
    const [message] = describePayload('{"MT":3,"PhoSta":99}');
    expect(message?.meaning).toEqual({ zh: '未知PhoSta 99', en: 'unknown PhoSta 99' });
  });

  it('names commands', () => {
    expect(describeCommand({ Action: 42, Dtmf: '1' })).toMatchObject({ title: 'Action 42 DTMF', meaning: { zh: '二次拨号', en: 'DTMF' } });
    expect(describeCommand({ Action: 100, AgNum: '1001', AgPass: '***' }).title).toBe('Action 100 INIT');
  });
});

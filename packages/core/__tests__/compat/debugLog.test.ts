import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WinCall } from '../../src/compat';
import { result, INIT_OK } from './fakeSocket';
import { createHarness, PASSWORD } from './harness';

const CONSOLE_METHODS = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'trace'] as const;
let printed: unknown[][];

beforeEach(() => {
  vi.useFakeTimers();
  printed = [];
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args);
    });
  }
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const everythingPrinted = () => printed.map((args) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')).join('\n');

describe('debug: true', () => {
  it('prints the traffic but never the password or the phone password', () => {
    const h = createHarness({ debug: true });
    h.wincall.fn_login('1001', PASSWORD, '8001');
    h.wincall.init();
    h.socket.serverConnect();
    h.socket.serverSend(INIT_OK);
    vi.advanceTimersByTime(500);
    h.socket.serverSend(result(2, 0));
    h.wincall.fn_login('1001', PASSWORD, '8001');
    h.socket.serverDrop();
    h.socket.serverConnect();
    vi.advanceTimersByTime(10_000);
    h.socket.serverSend('{"MT":1,"Retact":100,"Ret":0,"Retmsg":"[[1],[],\\"phone-secret\\"]"}\r\n{broken}');

    const text = everythingPrinted();
    expect(text).toContain('"Action":100');
    expect(text).toContain('"AgPass":"***"');
    expect(text).toContain('"Retmsg":"***"');
    expect(text).toContain('not a JSON object');
    expect(text).toContain('WinCall connected');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('phone-secret');
  });

  it('makes the default listener print every response', () => {
    const wincall = new WinCall({ debug: true, io: () => ({ connected: false, on() {}, emit() {}, close() {} }) });
    wincall.fn_login();
    expect(everythingPrinted()).toContain('"code":"001100"');
  });
});

describe('debug: false', () => {
  it('prints nothing', () => {
    createHarness().signIn().connectCall();
    expect(printed).toEqual([]);
  });
});

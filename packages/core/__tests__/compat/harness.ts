import { vi } from 'vitest';
import { WinCall, type WinCallOptions, type WinCallResponse } from '../../src/compat';
import { createFakeIo, INIT_OK, result } from './fakeSocket';

export const PASSWORD = 'secret-pw';

/** A facade on a fake socket; the test plays the server. Call `vi.useFakeTimers()` first when timers matter. */
export function createHarness(options: WinCallOptions = {}) {
  const fake = createFakeIo();
  const responses: WinCallResponse[] = [];
  const wincall = new WinCall({
    wintel_server_ip: '10.0.0.5',
    vcc_code: 'demo',
    io: fake.io,
    event_listener: (response) => responses.push(response),
    ...options,
  });
  const harness = {
    fake,
    wincall,
    responses,
    get socket() {
      return fake.socket;
    },
    /** Commands sent on every socket so far. */
    get sent() {
      return fake.sockets.flatMap((s) => s.sent);
    },
    get last(): WinCallResponse | undefined {
      return responses.at(-1);
    },
    codes(): (string | number)[] {
      return responses.map((r) => r.code);
    },
    /** Connected, then signed in through INIT, the 500 ms pause and LOGIN (needs fake timers). */
    signIn(queState: 1 | 2 = 1) {
      if (!wincall.isConnect) {
        wincall.init();
        fake.socket.serverConnect();
      }
      wincall.fn_login('1001', PASSWORD, '8001', queState);
      fake.socket.serverSend(INIT_OK);
      vi.advanceTimersByTime(500);
      fake.socket.serverSend(result(2, 0));
      return harness;
    },
    /** A queue call rings and is answered on the phone. */
    connectCall(fields: Record<string, unknown> = {}) {
      fake.socket.serverSend({ MT: 3, PhoSta: 5, RingType: 1, OAgId: 0, ...fields });
      fake.socket.serverSend({ MT: 3, PhoSta: 6, RingType: '', OAgId: 0, ...fields });
      return harness;
    },
  };
  return harness;
}

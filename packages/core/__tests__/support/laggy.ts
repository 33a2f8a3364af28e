import type { WireCommand } from '../../src/protocol/commands';
import { result, type createFakeTransport } from './fakeTransport';

type FakeTransport = ReturnType<typeof createFakeTransport>;

/**
 * Puts a one-way delay between a client and the fake server a test plays: what the client sends
 * reaches the server (`arrived`) `latency` ms later, and what the server sends (`reply`) reaches
 * the client `latency` ms later, in order. Works with fake timers; 0 ms delivers on the next microtask.
 */
export function withLatency(fake: FakeTransport, latency: number) {
  const arrived: WireCommand[] = [];
  const autoAnswered = new Set<number>();
  // Even a LAN answers after the command was sent, never within the send itself.
  const later = (fn: () => void) => (latency === 0 ? queueMicrotask(fn) : void setTimeout(fn, latency));
  const send = fake.transport.send.bind(fake.transport);
  fake.transport.send = (command) => {
    const sent = send(command);
    if (sent) {
      later(() => {
        arrived.push(command);
        if (autoAnswered.has(command.Action)) later(() => fake.push(result(command.Action)));
      });
    }
    return sent;
  };
  return {
    arrived,
    /** The commands of this Action that reached the server. */
    actions: (action: number) => arrived.filter((c) => c.Action === action),
    reply: (...messages: object[]) => later(() => fake.push(...messages)),
    /** From now on the server answers every command with this Action as it arrives: success. */
    answerEvery: (action: number) => void autoAnswered.add(action),
  };
}

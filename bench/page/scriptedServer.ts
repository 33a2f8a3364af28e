import type { MemoryConnection, MemoryServer } from '@wincall/core';
import type { WireCommand } from '@wincall/core/protocol';
import { AGENT, PHONE, agentState, encode, initOk, phone, result, type WireMessage } from './frames';

type Peer = Parameters<MemoryServer['connect']>[0];
type Answer = (command: WireCommand) => WireMessage[];

/**
 * A wintel server living in the page, behind core's `createMemoryTransport`: it answers every
 * command like a cooperative server and lets the benchmark push frames and drop the connection.
 * The simulator's model would do too, but it would add its own work to every measurement.
 */
export interface ScriptedServer extends MemoryServer {
  /** Delivers one frame to the client; returns `performance.now()` at the hand-over. */
  push(messages: readonly WireMessage[]): number;
  /** The server drops the connection (the transport then reconnects). */
  drop(): void;
  /** Answers this Action with these messages from now on. */
  answer(action: number, answer: Answer): void;
  /** Commands received, by Action number. */
  readonly received: Map<number, number>;
  readonly connected: boolean;
}

export function createScriptedServer(): ScriptedServer {
  let peer: Peer | null = null;
  const received = new Map<number, number>();
  // Like the simulator: a second INIT / LOGIN for the same agent (a resume after a dropped
  // connection) is answered "already initialised" / "already signed in" (Ret 1), keeping the session.
  let initialised = false;
  let signedIn = false;
  const answers = new Map<number, Answer>([
    [
      100,
      () => {
        if (initialised) return [result(100, 1)];
        initialised = true;
        return [initOk()];
      },
    ],
    [
      2,
      () => {
        if (signedIn) return [result(2, 1)];
        signedIn = true;
        return [result(2), { MT: 6 }];
      },
    ],
    [
      1,
      () => {
        initialised = signedIn = false;
        return [result(1)];
      },
    ],
    [7, () => []],
    [23, () => [result(23), phone(PHONE.ended), agentState(AGENT.idle)]],
  ]);

  const deliver = (messages: readonly WireMessage[]): number => {
    const at = performance.now();
    if (peer && messages.length > 0) peer.deliver(encode(messages));
    return at;
  };

  return {
    connect(next: Peer): MemoryConnection {
      peer = next;
      return {
        send(command) {
          received.set(command.Action, (received.get(command.Action) ?? 0) + 1);
          const answer = answers.get(command.Action) ?? (() => [result(command.Action)]);
          // The memory transport hands frames over in a microtask, as a socket would: after send() returns.
          if (peer === next) deliver(answer(command));
        },
        close() {
          if (peer === next) peer = null;
        },
      };
    },
    push: deliver,
    drop() {
      const dropped = peer;
      peer = null;
      dropped?.dropped();
    },
    answer(action, answer) {
      answers.set(action, answer);
    },
    received,
    get connected() {
      return peer !== null;
    },
  };
}

import type { MachineInput } from '../machine/inputs';
import type { WinCallState } from '../machine/state';
import type { WinCallClientOptions } from './options';

/**
 * What a debugging tool (e.g. `@wincall/devtools`) sees of a client: the raw frames in and out and
 * every state transition with the input that caused it. Commands out are already redacted (never a
 * password); frames in are the server's payloads as they arrived (the phone password of a sign-in
 * answer included: a tool that keeps or shows them must redact them, as the devtools do).
 */
export type InspectEvent =
  /** Sent once, to the new listener only, when it subscribes. */
  | { kind: 'attached'; at: number; options: Readonly<WinCallClientOptions> }
  /** One `toAgent` payload, undecoded. */
  | { kind: 'in'; at: number; payload: unknown }
  /** One `AgentCmd`, its password replaced; `sent` is false when the connection was down. */
  | { kind: 'out'; at: number; command: Record<string, unknown>; sent: boolean }
  | { kind: 'transition'; at: number; input: MachineInput; previous: WinCallState; current: WinCallState };

export type InspectListener = (event: InspectEvent) => void;

/**
 * The client's tap. Costs one `Set` and a size check per frame when nobody listens: events are
 * only built (`make`) when a listener is subscribed. A throwing listener never breaks the client.
 */
export function createInspector(options: WinCallClientOptions, now: () => number) {
  const listeners = new Set<InspectListener>();
  const call = (listener: InspectListener, event: InspectEvent) => {
    try {
      listener(event);
    } catch {
      // A debugging tool's bug must not become the agent's.
    }
  };
  return {
    tap(make: () => InspectEvent) {
      if (listeners.size) {
        const event = make();
        listeners.forEach((listener) => call(listener, event));
      }
    },
    inspect(listener: InspectListener): () => void {
      listeners.add(listener);
      call(listener, { kind: 'attached', at: now(), options });
      return () => listeners.delete(listener);
    },
  };
}

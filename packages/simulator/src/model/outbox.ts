import type { Agent, Connection } from './types';
import { encodeFrame, type WireMessage } from './wire/messages';

/**
 * Collects the messages of one step per connection and sends them as one `toAgent` frame each,
 * the way the real server often batches (an MT 1 and the MT 3/MT 4 it causes arrive together).
 * Connections to drop are dropped after their last frame went out.
 */
export class Outbox {
  private readonly frames = new Map<Connection, WireMessage[]>();
  private readonly drops: Connection[] = [];

  toConnection(connection: Connection, message: WireMessage): void {
    if (!connection.open) return;
    const pending = this.frames.get(connection);
    if (pending) pending.push(message);
    else this.frames.set(connection, [message]);
  }

  /** To the agent's live socket; lost if the agent has none (a session in its grace period). */
  toAgent(agent: Agent, message: WireMessage): void {
    const connection = agent.session?.connection;
    if (connection) this.toConnection(connection, message);
  }

  drop(connection: Connection): void {
    this.drops.push(connection);
  }

  flush(): void {
    for (const [connection, messages] of this.frames) {
      this.frames.delete(connection);
      try {
        connection.peer.deliver(encodeFrame(messages));
      } catch {
        // A peer that throws must not stop the others from getting their frames.
      }
    }
    for (const connection of this.drops.splice(0)) {
      try {
        connection.peer.dropped();
      } catch {
        // Same as above: the model's state is already consistent.
      }
    }
  }

  clear(): void {
    this.frames.clear();
    this.drops.length = 0;
  }
}

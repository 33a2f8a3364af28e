/**
 * sip.js's WebSocket transport, with every SIP message it sends or receives shown to `tap`
 * (the device's `sip` event, after redaction). Keep-alives are not messages and are not shown.
 */
import type { UserAgent } from 'sip.js/lib/api/user-agent.js';
import { Transport } from 'sip.js/lib/platform/web/transport/transport.js';
import { isKeepAlive } from './sipLog';

type Tap = (direction: 'in' | 'out', text: string) => void;

/** A transport class (sip.js constructs it itself) whose outgoing messages go through `tap`. */
export function tappedTransport(tap: Tap): typeof Transport {
  return class TappedTransport extends Transport {
    override send(message: string): Promise<void> {
      if (!isKeepAlive(message)) tap('out', message);
      return super.send(message);
    }
  };
}

/**
 * Incoming messages: the user agent sets the transport's `onMessage` in its constructor; wrap it
 * once the agent exists (a subclass cannot override the plain property with an accessor).
 */
export function tapIncoming(agent: UserAgent, tap: Tap): void {
  const transport = agent.transport;
  const deliver = transport.onMessage;
  transport.onMessage = (message: string) => {
    if (!isKeepAlive(message)) tap('in', message);
    deliver?.(message);
  };
}

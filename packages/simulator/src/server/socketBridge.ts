import type { Server } from 'socket.io';
import type { SimulatorModel } from '../model';
import type { Network } from './network';

/**
 * Each socket.io connection becomes one model connection: `AgentCmd` in, `toAgent` (a string of
 * `\r\n`-joined JSON messages) out. socket.io 4 with `allowEIO3` serves the legacy 2.x clients too.
 * Both directions cross the simulated `network` (latency, jitter, stalls), in order.
 */
export function bridgeSockets(io: Server, model: SimulatorModel, network: Network): void {
  io.on('connection', (socket) => {
    const inbound = network.lane();
    const outbound = network.lane();
    const connection = model.connect({
      deliver: (payload) => {
        outbound.push(() => socket.emit('toAgent', payload));
      },
      dropped: () => {
        outbound.push(() => socket.disconnect(true));
      },
    });
    // Whatever happens in the model stays there: one socket's command must not take the process down.
    const guarded = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        console.error('[wincall simulator] internal error:', error);
      }
    };
    socket.on('AgentCmd', (payload: unknown) => inbound.push(() => guarded(() => connection.send(payload))));
    socket.on('disconnect', () => {
      // The socket is gone: nothing more reaches it, and the model hears of it after the frames
      // that were still on their way in.
      outbound.clear();
      inbound.push(() => {
        inbound.clear();
        guarded(() => connection.close());
      });
    });
  });
}

import type { Server } from 'socket.io';
import type { SimulatorModel } from '../model';

/**
 * Each socket.io connection becomes one model connection: `AgentCmd` in, `toAgent` (a string of
 * `\r\n`-joined JSON messages) out. socket.io 4 with `allowEIO3` serves the legacy 2.x clients too.
 */
export function bridgeSockets(io: Server, model: SimulatorModel): void {
  io.on('connection', (socket) => {
    const connection = model.connect({
      deliver: (payload) => {
        socket.emit('toAgent', payload);
      },
      dropped: () => {
        socket.disconnect(true);
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
    socket.on('AgentCmd', (payload: unknown) => guarded(() => connection.send(payload)));
    socket.on('disconnect', () => guarded(() => connection.close()));
  });
}

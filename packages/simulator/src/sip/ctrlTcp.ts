/**
 * A client for baresip's ctrl_tcp module: JSON objects framed as netstrings (`<length>:<json>,`).
 * Commands are `{command, params, token}` and get `{response: true, ok, data, token}`; events
 * arrive unasked as `{event: true, type: 'CALL_RINGING', param, id?, …}` (baresip 1.0.0 puts the
 * SIP Call-ID in `id` for call events and leaves it out of a few, such as CALL_LOCAL_SDP).
 */
import { connect, type Socket } from 'node:net';
import { SipRigError } from './errors';

export interface BaresipEvent {
  readonly type: string;
  readonly param?: string;
  /** The SIP Call-ID, on call events. */
  readonly id?: string;
}

interface BaresipResponse {
  readonly ok: boolean;
  readonly data: string;
}

export interface CtrlTcpClient {
  command(command: string, params?: string): Promise<BaresipResponse>;
  close(): void;
}

const COMMAND_TIMEOUT_MS = 10_000;

export function connectCtrlTcp(port: number, onEvent: (event: BaresipEvent) => void, onClose: () => void): Promise<CtrlTcpClient> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const pending = new Map<string, { resolve: (response: BaresipResponse) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
    let buffer = Buffer.alloc(0);
    let nextToken = 1;

    function handle(message: Record<string, unknown>): void {
      if (message.event === true) {
        onEvent({
          type: String(message.type ?? ''),
          param: typeof message.param === 'string' ? message.param : undefined,
          id: typeof message.id === 'string' ? message.id : undefined,
        });
      } else if (message.response === true && typeof message.token === 'string') {
        const waiter = pending.get(message.token);
        if (!waiter) return;
        pending.delete(message.token);
        clearTimeout(waiter.timer);
        waiter.resolve({ ok: message.ok === true, data: typeof message.data === 'string' ? message.data : '' });
      }
    }

    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(0x3a);
        if (colon < 0) return;
        const length = Number(buffer.toString('ascii', 0, colon));
        if (!Number.isInteger(length)) {
          socket.destroy(new Error(`ctrl_tcp sent a broken netstring: ${buffer.toString('utf8', 0, 40)}`));
          return;
        }
        if (buffer.length < colon + 1 + length + 1) return;
        const json = buffer.toString('utf8', colon + 1, colon + 1 + length);
        buffer = buffer.subarray(colon + 1 + length + 1);
        try {
          handle(JSON.parse(json) as Record<string, unknown>);
        } catch {
          // A message we cannot parse is not one we are waiting for; its absence times out.
        }
      }
    });
    socket.once('connect', () => {
      resolve({
        command(command, params) {
          const token = String(nextToken++);
          const body = JSON.stringify({ command, params: params ?? '', token });
          return new Promise((resolveCommand, rejectCommand) => {
            const timer = setTimeout(() => {
              pending.delete(token);
              rejectCommand(new SipRigError('timeout', `baresip did not answer '${command}' within ${COMMAND_TIMEOUT_MS} ms`));
            }, COMMAND_TIMEOUT_MS);
            pending.set(token, { resolve: resolveCommand, reject: rejectCommand, timer });
            socket.write(`${Buffer.byteLength(body)}:${body},`);
          });
        },
        close() {
          socket.destroy();
        },
      });
    });
    socket.on('error', (error) => reject(error));
    socket.once('close', () => {
      for (const [token, waiter] of pending) {
        pending.delete(token);
        clearTimeout(waiter.timer);
        waiter.reject(new SipRigError('stopped', 'baresip closed its control connection'));
      }
      onClose();
    });
  });
}

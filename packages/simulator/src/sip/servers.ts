/**
 * How kamailio and rtpengine are started and asked whether they are up. Both are started with
 * everything they need on the command line or in a config in the rig's temp folder, so several
 * rigs run side by side and nothing in /etc is read.
 *
 * What the real binaries taught us:
 * - rtpengine 10.5 reads /etc/rtpengine/rtpengine.conf unless told `--config-file=none`; in
 *   userspace (`--table=-1`) it needs no kernel module and no root. It answers the ng protocol's
 *   `ping` with `pong` as soon as it is ready.
 * - kamailio must find rtpengine answering when it starts: its rtpengine module pings at start-up
 *   and marks an unanswering one disabled, so rtpengine starts first.
 * - `kamailio -DD -E` keeps the main process in the foreground (it still forks workers) and logs to
 *   stderr. A JSON-RPC `core.version` over HTTP answers only once a TCP worker is up.
 */
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import type { ProcessSpec } from './processes';
import { SipRigError } from './errors';

export interface RtpenginePorts {
  readonly ngPort: number;
  readonly rtp: { readonly min: number; readonly max: number };
}

export function rtpengineSpec(binary: string, ports: RtpenginePorts, timeoutMs: number): ProcessSpec {
  return {
    name: 'rtpengine',
    command: binary,
    args: [
      '--config-file=none',
      '--table=-1',
      '--foreground',
      '--log-stderr',
      '--log-level=6',
      '--interface=127.0.0.1',
      `--listen-ng=127.0.0.1:${ports.ngPort}`,
      `--port-min=${ports.rtp.min}`,
      `--port-max=${ports.rtp.max}`,
      '--num-threads=2',
      '--delete-delay=0',
    ],
    probe: () => pingRtpengine(ports.ngPort),
    readyTimeoutMs: timeoutMs,
  };
}

/** Sends the ng protocol's `ping` (a cookie, then bencode) and waits briefly for `pong`. */
export function pingRtpengine(port: number, timeoutMs = 300): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const cookie = `probe${Math.random().toString(36).slice(2, 10)}`;
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on('error', () => done(false));
    socket.on('message', (message) => done(message.toString().startsWith(`${cookie} `) && message.includes('pong')));
    socket.send(`${cookie} d7:command4:pinge`, port, '127.0.0.1');
  });
}

export function kamailioSpec(binary: string, dir: string, timeoutMs: number, wsPort: number): ProcessSpec {
  return {
    name: 'kamailio',
    command: binary,
    args: ['-DD', '-E', '-f', join(dir, 'kamailio.cfg'), '-m', '48', '-M', '8'],
    cwd: dir,
    probe: async () => {
      try {
        await kamailioRpc(wsPort, 'core.version', [], 500);
        return true;
      } catch {
        return false;
      }
    },
    readyTimeoutMs: timeoutMs,
    stopGraceMs: 3000,
  };
}

/**
 * Calls kamailio's JSON-RPC over HTTP (jsonrpcs on the WebSocket port, path /RPC). Every method the
 * rig calls is idempotent, so a request the network dropped (a kept-alive connection closed under
 * it, a loaded machine) is sent once more; an error kamailio answered, or a timeout, is not.
 */
export async function kamailioRpc(wsPort: number, method: string, params: readonly unknown[], timeoutMs = 5000): Promise<unknown> {
  const started = Date.now();
  try {
    return await rpcOnce(wsPort, method, params, timeoutMs);
  } catch (error) {
    const left = timeoutMs - (Date.now() - started);
    if (!isDroppedRequest(error) || left <= 0) throw error;
    return rpcOnce(wsPort, method, params, left);
  }
}

async function rpcOnce(wsPort: number, method: string, params: readonly unknown[], timeoutMs: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${wsPort}/RPC`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method, params, id: 1 }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { result?: unknown; error?: { code?: number; message?: string } };
  if (body.error) throw new KamailioRpcError(body.error.code ?? 0, body.error.message ?? 'unknown error');
  return body.result;
}

/** fetch's own network failure (undici: a TypeError "fetch failed"), not a timeout or an answer. */
function isDroppedRequest(error: unknown): boolean {
  return error instanceof TypeError;
}

export class KamailioRpcError extends SipRigError {
  readonly rpcCode: number;

  constructor(rpcCode: number, message: string) {
    super('serverError', `kamailio RPC: ${message} (${rpcCode})`);
    this.rpcCode = rpcCode;
  }
}

interface UsrlocContact {
  Contact?: { Address?: unknown; Expires?: unknown };
}

/**
 * The addresses of the live contacts. usrloc keeps a contact a moment after it went (a closed
 * WebSocket, an unREGISTER, an expiry) and `ul.dump` shows it with `Expires` "deleted" or "expired";
 * a live one has its seconds left, or "permanent".
 */
function liveAddresses(contacts: readonly UsrlocContact[] | undefined): string[] {
  return (contacts ?? [])
    .map((entry) => entry.Contact)
    .filter((contact): contact is { Address: string; Expires?: unknown } => typeof contact?.Address === 'string')
    .filter((contact) => contact.Expires === 'permanent' || (typeof contact.Expires === 'number' && contact.Expires > 0))
    .map((contact) => contact.Address);
}

/** The contacts kamailio holds for an extension, from `ul.lookup`; none when it knows no AOR. */
export async function lookupContacts(wsPort: number, extension: string): Promise<string[]> {
  let result: unknown;
  try {
    result = await kamailioRpc(wsPort, 'ul.lookup', ['location', extension]);
  } catch (error) {
    // usrloc answers "AOR not found in location table" with a 404 or a 500 depending on the version.
    if (error instanceof KamailioRpcError && /not found/i.test(error.message)) return [];
    throw error;
  }
  return liveAddresses((result as { Contacts?: UsrlocContact[] } | undefined)?.Contacts);
}

/** Every registered AOR's live contacts, from one `ul.dump` (one request, however many extensions). */
export async function dumpContacts(wsPort: number): Promise<Record<string, string[]>> {
  const result = (await kamailioRpc(wsPort, 'ul.dump', [])) as
    | { Domains?: Array<{ Domain?: { Domain?: unknown; AoRs?: Array<{ Info?: { AoR?: unknown; Contacts?: UsrlocContact[] } }> } }> }
    | undefined;
  const found: Record<string, string[]> = {};
  for (const domain of result?.Domains ?? []) {
    if (domain.Domain?.Domain !== 'location') continue;
    for (const { Info: info } of domain.Domain.AoRs ?? []) {
      if (typeof info?.AoR !== 'string') continue;
      const addresses = liveAddresses(info.Contacts);
      if (addresses.length > 0) found[info.AoR] = addresses;
    }
  }
  return found;
}

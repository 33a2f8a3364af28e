import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { createModel, type SimulatorModel } from '../model';
import { DEFAULT_SEED, type Seed } from '../seed';
import type { SipRig } from '../sip';
import type { TimingsInput } from '../timings';
import { handleConfig, isConfigPath } from './configApi';
import { handleControl, isControlPath, type ControlServices } from './controlApi';
import { sendJson, sendPreflight } from './http';
import { createNetwork, type Network, type NetworkState } from './network';
import { startSipPhones, type SipPhoneLeg, type SipPhones, type SipPhonesOptions } from './sipPhones';
import { bridgeSockets } from './socketBridge';

/** `desk`: phones are the wire's MT 3 and the control API. `softphone`: SIP registrations on a real rig. */
export type PhoneMode = 'desk' | 'softphone';

export interface SimulatorOptions {
  /** Interface to bind; default 127.0.0.1 (never all interfaces unless asked). */
  host?: string;
  /** Port; 0 picks a free one. Default 6050, the vendor's default. */
  port?: number;
  seed?: Seed;
  /** 'instant' | 'human' | a partial override merged onto INSTANT; default 'human'. */
  timings?: TimingsInput;
  /** One-way delay (ms) of every wintel frame, each direction. Default 0. */
  latency?: number;
  /** ± ms added at random to each frame's delay (order is kept). Default 0. */
  jitter?: number;
  /**
   * The agents' phones. `softphone` starts kamailio + rtpengine on 127.0.0.1 (README "Softphone
   * mode"): each extension registers from the browser with its seed password, every ring is a SIP
   * call to it, and only the browser answers. Default `desk`.
   */
  phone?: PhoneMode;
  /** Softphone mode's rig: the longest call (default 600 s) and where the binaries are. */
  sip?: SipPhonesOptions;
}

/** Softphone mode's SIP side, as tests and the demo need it. */
export interface SimulatorSip {
  /** Where browsers register: `ws://127.0.0.1:<port>`. */
  readonly wsUrl: string;
  /** The SIP domain: extensions register as `sip:<extension>@<domain>`. */
  readonly domain: string;
  /** The rig itself, for tests: kill or restart kamailio mid-shift, read the servers' logs. */
  readonly rig: SipRig;
  /** Recent rings' SIP legs, oldest first, with what their caller side heard. */
  legs(): SipPhoneLeg[];
}

export interface RunningSimulator {
  /** `http://HOST:PORT`: the socket.io URL, the config API base and the control API base. */
  url: string;
  port: number;
  model: SimulatorModel;
  /**
   * The simulated network: `set({ latency, jitter })`, `stall(ms)`. Also at
   * `GET/POST /sim/network` and `POST /sim/fault {kind: 'stall', ms}`.
   */
  network: Pick<Network, 'set' | 'stall'> & { readonly state: NetworkState };
  /** Softphone mode's SIP side; `null` with desk phones. Also at `GET /sim/sip` and `/sim/sip/legs`. */
  sip: SimulatorSip | null;
  /** Closes every socket and the HTTP server, stops every timer of the model (and the SIP servers). */
  close(): Promise<void>;
}

/** Largest `AgentCmd` frame accepted; bigger than socket.io's 1 MB default so garbage gets a 451, not a hang-up. */
const MAX_FRAME = 5_000_000;

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  const phone = options.phone ?? 'desk';
  if (phone !== 'desk' && phone !== 'softphone') throw new TypeError(`phone must be 'desk' or 'softphone', got ${String(phone)}`);
  const network = createNetwork({ latency: options.latency ?? 0, jitter: options.jitter ?? 0 });
  let sip: SipPhones | null = null;
  try {
    // The rig first: a missing Debian package must fail the start before anything listens.
    if (phone === 'softphone') sip = await startSipPhones(options.seed ?? DEFAULT_SEED, options.sip);
  } catch (error) {
    network.dispose();
    throw error;
  }
  const model = createModel({ seed: options.seed, timings: options.timings ?? 'human', ...(sip ? { phones: sip.system } : {}) });
  const httpServer = createServer((req, res) => {
    route(model, { network, sip }, req, res).catch(() => sendJson(res, 500, { error: 'internal error' }));
  });
  const io = new Server(httpServer, {
    allowEIO3: true,
    cors: { origin: true, credentials: true },
    maxHttpBufferSize: MAX_FRAME,
  });
  bridgeSockets(io, model, network);

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port ?? 6050, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    model.dispose();
    network.dispose();
    io.close();
    await sip?.stop();
    throw error;
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 6050);
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    model,
    network: {
      get state() {
        return { ...network.state };
      },
      set: network.set,
      stall: network.stall,
    },
    sip: sip && {
      wsUrl: sip.wsUrl,
      domain: sip.domain,
      rig: sip.rig,
      legs: sip.legs,
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        // The model first: sockets closing below must not start grace periods.
        model.dispose();
        network.dispose();
        void io.close(() => resolve());
        httpServer.closeAllConnections();
      }).then(() => sip?.stop());
      return closing;
    },
  };
}

async function route(model: SimulatorModel, services: ControlServices, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'OPTIONS') return sendPreflight(res);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://simulator.invalid');
  } catch {
    return sendJson(res, 400, { error: 'malformed URL' });
  }
  if (isConfigPath(url.pathname)) return handleConfig(model, req.method ?? 'GET', url, res);
  if (isControlPath(url.pathname)) return handleControl(model, req, url, res, services);
  if (url.pathname === '/' && req.method === 'GET') {
    return sendJson(res, 200, { name: 'wintel simulator', socketio: '/socket.io', config: '/v2/wintelapi/api', control: '/sim' });
  }
  sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
}

import { QueryClient } from '@tanstack/react-query';
import { createMemoryTransport, createWinCallClient, type BrowserPhoneOptions, type WinCallClient, type WinCallClientOptions } from '@wincall/core';
import { createPhoneHandle } from '@wincall/core/phone';
import { createModel, DEFAULT_SEED, type SimulatorModel, type Snapshot, type TimingsInput } from '@wincall/simulator/model';
import { createControlledTransport, type ControlledTransport } from './controlledTransport';
import { DIRECTORY_URL, directoryFetch } from './directoryFetch';
import { createStoryPbx, type Registrar, type StoryPbx } from './storyPbx';
import type { StoryBrowser } from './storyPhone';

export const TENANT = 'demo';

export interface LiveWorldOptions {
  /** Simulator timings: `instant` (the default) for stories that show a state, `human` to play with. */
  timings?: TimingsInput;
  /** Options for the bar's client on top of the defaults, e.g. a longer command timeout. */
  client?: Pick<WinCallClientOptions, 'timeouts' | 'recoveryInterval' | 'wrapUp'>;
  /**
   * Softphone mode: the bar's client gets the `phone` option, and its device is the story's fake
   * (`storyPhone.ts`) registering with a PBX in the page (`storyPbx.ts`) that the model rings.
   */
  phone?: LivePhoneOptions;
}

export interface LivePhoneOptions {
  /** How the registrar answers: checks the phone password (default) or never answers. */
  registrar?: Registrar;
  /** The browser around the phone: the microphone's answer, `setSinkId`, the audio check's length. */
  browser?: StoryBrowser;
  /** The `phone.password` option (overrides the one the server hands over at sign-in). */
  password?: string;
  /** The device's code cannot be downloaded (`load` rejects like a failed dynamic import). */
  unavailable?: boolean;
}

/** An agent of the seed's demo tenant. */
export interface SeedAgentInfo {
  agentNum: string;
  id: number;
  name: string;
  password: string;
  extension: string;
  supervisor: boolean;
  queues: number[];
}

/** The model's state for React: a snapshot that only changes when the model does. */
export interface SnapshotSource {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
}

/**
 * One story's call center: a fresh simulator model in the page, the bar's client on it (through a
 * transport the story can cut), the config API answered from the model, and colleagues signed in
 * headless on their own clients.
 */
export interface LiveWorld {
  readonly model: SimulatorModel;
  /** The client behind the story's components. */
  readonly client: WinCallClient;
  /** The bar's link to the model, for outages the simulator cannot produce. */
  readonly link: ControlledTransport;
  readonly queryClient: QueryClient;
  readonly simulator: SnapshotSource;
  readonly colleagues: ReadonlyMap<string, WinCallClient>;
  /** The PBX of a softphone story (its devices, the SIP server going down), else `null`. */
  readonly pbx: StoryPbx | null;
  readonly disposed: boolean;
  /** Signs `agentNum` in on a client of its own; resolves once signed in. */
  colleague(agentNum: string, initialStatus?: 'idle' | 'busy'): Promise<WinCallClient>;
  /** Destroys every client, stops every model timer, drops the cached lists. Idempotent. */
  dispose(): void;
}

const DEMO_AGENTS: readonly SeedAgentInfo[] = (DEFAULT_SEED.tenants.find((t) => t.code === TENANT)?.agents ?? []).map((a) => ({
  agentNum: a.num,
  id: a.id,
  name: a.name,
  password: a.password,
  extension: a.extension,
  supervisor: a.supervisor === true,
  queues: a.queues,
}));

/** The seed's demo agent `agentNum` (1001–1005); a `RangeError` for any other. */
export function seedAgent(agentNum: string): SeedAgentInfo {
  const agent = DEMO_AGENTS.find((a) => a.agentNum === agentNum);
  if (!agent) throw new RangeError(`no agent ${agentNum} in the simulator's demo tenant`);
  return agent;
}

export const seedAgents = (): readonly SeedAgentInfo[] => DEMO_AGENTS;

function snapshotSource(model: SimulatorModel): SnapshotSource & { stop(): void } {
  let current = model.snapshot();
  const listeners = new Set<() => void>();
  const stop = model.subscribe(() => {
    current = model.snapshot();
    for (const listener of [...listeners]) listener();
  });
  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stop();
      listeners.clear();
    },
  };
}

/** The client's `phone` option on the story's PBX: the fake device instead of `@wincall/phone`. */
function phoneOption(pbx: StoryPbx, options: LivePhoneOptions): BrowserPhoneOptions {
  const browser = options.browser ?? {};
  return {
    load: options.unavailable
      ? () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : () => Promise.resolve({ createBrowserPhone: (deviceOptions) => pbx.createBrowserPhone(deviceOptions, browser) }),
    attach: createPhoneHandle,
    // Never opened: the story's device talks to the PBX in the page.
    wsUrl: 'wss://sip.demo.invalid/ws',
    domain: 'demo.invalid',
    ...(options.password === undefined ? {} : { password: options.password }),
  };
}

export function createLiveWorld(options: LiveWorldOptions = {}): LiveWorld {
  const pbx = options.phone ? createStoryPbx({ tenant: TENANT, ...(options.phone.registrar ? { registrar: options.phone.registrar } : {}) }) : null;
  const model = createModel({ timings: options.timings ?? 'instant', ...(pbx ? { phones: pbx.system } : {}) });
  const link = createControlledTransport(createMemoryTransport(model));
  const client = createWinCallClient({
    vccCode: TENANT,
    transport: link,
    loginDelay: 0,
    apiUrl: DIRECTORY_URL,
    fetch: directoryFetch(model),
    recoveryInterval: 2000,
    ...options.client,
    ...(pbx && options.phone ? { phone: phoneOption(pbx, options.phone) } : {}),
  });
  const queryClient = new QueryClient();
  const simulator = snapshotSource(model);
  const colleagues = new Map<string, WinCallClient>();
  let disposed = false;

  return {
    model,
    client,
    link,
    queryClient,
    simulator,
    colleagues,
    pbx,
    get disposed() {
      return disposed;
    },
    async colleague(agentNum, initialStatus = 'idle') {
      const agent = seedAgent(agentNum);
      const existing = colleagues.get(agentNum);
      if (existing) return existing;
      const other = createWinCallClient({ vccCode: TENANT, transport: createMemoryTransport(model), loginDelay: 0, pageLifecycle: false });
      colleagues.set(agentNum, other);
      await other.login({ agentNum, password: agent.password, extension: agent.extension, initialStatus });
      return other;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      client.destroy();
      for (const other of colleagues.values()) other.destroy();
      colleagues.clear();
      simulator.stop();
      model.dispose();
      queryClient.clear();
    },
  };
}

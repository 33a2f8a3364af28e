import { QueryClient } from '@tanstack/react-query';
import { createMemoryTransport, createWinCallClient, type WinCallClient, type WinCallClientOptions } from '@wincall/core';
import { createModel, DEFAULT_SEED, type SimulatorModel, type Snapshot, type TimingsInput } from '@wincall/simulator/model';
import { createControlledTransport, type ControlledTransport } from './controlledTransport';
import { DIRECTORY_URL, directoryFetch } from './directoryFetch';

export const TENANT = 'demo';

export interface LiveWorldOptions {
  /** Simulator timings: `instant` (the default) for stories that show a state, `human` to play with. */
  timings?: TimingsInput;
  /** Options for the bar's client on top of the defaults, e.g. a longer command timeout. */
  client?: Pick<WinCallClientOptions, 'timeouts' | 'recoveryInterval'>;
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

export function createLiveWorld(options: LiveWorldOptions = {}): LiveWorld {
  const model = createModel({ timings: options.timings ?? 'instant' });
  const link = createControlledTransport(createMemoryTransport(model));
  const client = createWinCallClient({
    vccCode: TENANT,
    transport: link,
    loginDelay: 0,
    apiUrl: DIRECTORY_URL,
    fetch: directoryFetch(model),
    recoveryInterval: 2000,
    ...options.client,
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

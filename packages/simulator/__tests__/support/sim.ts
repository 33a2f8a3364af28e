import { startSimulator, type RunningSimulator, type Seed, type SimulatorOptions, type Snapshot, type TimingsInput } from '../../src';
import { TestAgent, type TestAgentOptions } from './agent';

export interface TestSim {
  sim: RunningSimulator;
  url: string;
  /** Connects a bare-wire agent (closed by `close()`). */
  connect(options?: TestAgentOptions): Promise<TestAgent>;
  /** Connects and signs in (INIT + LOGIN). */
  agent(agentNum: string, extension: string, options?: TestAgentOptions & { state?: 1 | 2; tenant?: string; alwaysOn?: boolean }): Promise<TestAgent>;
  post(path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  get(path: string): Promise<{ status: number; body: Record<string, unknown>; text: string; headers: Headers }>;
  state(): Promise<Snapshot>;
  close(): Promise<void>;
}

/** A real simulator on 127.0.0.1, a free port, INSTANT timings unless overridden; `phone` and `sip` as given. */
export async function startTestSim(timings: TimingsInput = 'instant', seed?: Seed, phones: Pick<SimulatorOptions, 'phone' | 'sip'> = {}): Promise<TestSim> {
  const sim = await startSimulator({ port: 0, timings, ...(seed ? { seed } : {}), ...phones });
  const agents: TestAgent[] = [];
  const connect = async (options?: TestAgentOptions) => {
    const agent = await TestAgent.connect(sim.url, options);
    agents.push(agent);
    return agent;
  };
  const get: TestSim['get'] = async (path) => {
    const response = await fetch(sim.url + path);
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // JSONP and other non-JSON answers: the test reads `text`.
    }
    return { status: response.status, body, text, headers: response.headers };
  };
  return {
    sim,
    url: sim.url,
    connect,
    async agent(agentNum, extension, options = {}) {
      const agent = await connect(options);
      await agent.login(agentNum, extension, options.state ?? 1, { tenant: options.tenant, alwaysOn: options.alwaysOn });
      return agent;
    },
    async post(path, body) {
      const response = await fetch(sim.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    get,
    async state() {
      return (await get('/sim/state')).body as unknown as Snapshot;
    },
    async close() {
      for (const agent of agents) agent.close();
      await sim.close();
    },
  };
}

/** The snapshot entry of an agent. */
export function agentIn(state: Snapshot, agentNum: string) {
  const found = state.agents.find((a) => a.agentNum === agentNum);
  if (!found) throw new Error(`no agent ${agentNum} in the snapshot`);
  return found;
}

export function callIn(state: Snapshot, callId: string) {
  const found = state.calls.find((c) => c.callId === callId);
  if (!found) throw new Error(`no call ${callId} in the snapshot`);
  return found;
}

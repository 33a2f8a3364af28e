import { DEFAULT_SEED, type Seed } from '@wincall/simulator';

/** Sign-in data of the seed's `demo` agents. */
export interface AgentLogin {
  agentNum: string;
  password: string;
  extension: string;
  /** Agent id (`AgID`): the value of agent pickers. */
  id: number;
}

/**
 * Agent 1001 gets a password no page could contain by chance, so "the password is nowhere in
 * storage or the console" is a meaningful search (1234 could be part of any timestamp).
 */
export const SECRET_PASSWORD = 'Vault-Only-7f3a9c';

export const AGENTS = {
  '1001': { agentNum: '1001', password: SECRET_PASSWORD, extension: '8001', id: 1 },
  '1002': { agentNum: '1002', password: '1234', extension: '8002', id: 2 },
  '1005': { agentNum: '1005', password: '1234', extension: '8005', id: 5 },
} satisfies Record<string, AgentLogin>;

export const E2E_SEED: Seed = {
  tenants: DEFAULT_SEED.tenants.map((tenant) => ({
    ...tenant,
    agents: tenant.agents.map((agent) => (agent.num === '1001' && tenant.code === 'demo' ? { ...agent, password: SECRET_PASSWORD } : agent)),
  })),
};

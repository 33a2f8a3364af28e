/**
 * The world the simulator starts from (and returns to on reset). The shape is plain JSON, so
 * `wincall-sim --seed file.json` can replace it; `parseSeed` checks such a file.
 */
export interface Seed {
  tenants: SeedTenant[];
}

export interface SeedTenant {
  /** Numeric tenant ("vcc") id: `vcc_id` in the config API, `TransVcc` of Action 47. */
  id: number;
  /** Tenant code: `VccCode` of INIT, `vcc_code` of the config API. */
  code: string;
  name: string;
  /** The number customers dial (ServNum / Called of incoming calls). */
  serviceNumber: string;
  /** Caller numbers agents may present when dialling out. */
  callers: string[];
  extensions: SeedExtension[];
  agents: SeedAgent[];
  queues: SeedQueue[];
  busyReasons: SeedBusyReason[];
  autoDialProjects: SeedAutoDialProject[];
}

export interface SeedExtension {
  number: string;
  /** The SIP password INIT hands to the client (third element of its Retmsg). */
  password: string;
}

export interface SeedAgent {
  /** Numeric agent id (`AgID`, `OAgId`, `ag_id`); unique across tenants. */
  id: number;
  /** Agent number (`AgNum`); unique within its tenant. */
  num: string;
  name: string;
  password: string;
  /** The extension the agent usually signs in with. */
  extension: string;
  supervisor?: boolean;
  /** Queue ids the agent belongs to. */
  queues: number[];
}

export interface SeedQueue {
  id: number;
  name: string;
}

export interface SeedBusyReason {
  id: number;
  reason: string;
}

export interface SeedAutoDialProject {
  id: number;
  name: string;
  /** Sent as `AcTask` with every auto-dialled call. */
  taskId: number;
  /** Customer numbers, dialled in turn. */
  numbers: string[];
}

const demoAgent = (id: number, name: string, queues: number[], supervisor = false): SeedAgent => ({
  id,
  num: String(1000 + id),
  name,
  password: '1234',
  extension: String(8000 + id),
  supervisor,
  queues,
});

/** Two tenants: `demo` (the one everyone uses) and `acme` (there to prove isolation). */
export const DEFAULT_SEED: Seed = {
  tenants: [
    {
      id: 1,
      code: 'demo',
      name: '演示企业',
      serviceNumber: '4008001000',
      callers: ['58452440', '58452441'],
      extensions: [8001, 8002, 8003, 8004, 8005, 8006].map((n) => ({ number: String(n), password: `${n}pw` })),
      agents: [
        demoAgent(1, '张伟', [6250]),
        demoAgent(2, '李娜', [6250, 6251]),
        demoAgent(3, '王芳', [6250, 6251]),
        demoAgent(4, '刘洋', [6251]),
        demoAgent(5, '陈静', [6250, 6251], true),
      ],
      queues: [
        { id: 6250, name: '售前咨询' },
        { id: 6251, name: '售后服务' },
      ],
      busyReasons: [
        { id: 100, reason: '开会' },
        { id: 101, reason: '午餐' },
        { id: 102, reason: '培训' },
      ],
      autoDialProjects: [
        { id: 1, name: '客户回访', taskId: 11, numbers: ['13800000001', '13800000002', '13800000003', '13800000004'] },
      ],
    },
    {
      id: 2,
      code: 'acme',
      name: 'Acme',
      serviceNumber: '4008002000',
      callers: ['62000000'],
      extensions: [{ number: '9001', password: '9001pw' }],
      agents: [{ id: 6, num: '2001', name: 'Alice', password: '1234', extension: '9001', supervisor: false, queues: [7000] }],
      queues: [{ id: 7000, name: 'Support' }],
      busyReasons: [{ id: 200, reason: 'Break' }],
      autoDialProjects: [],
    },
  ],
};

/**
 * Checks a seed read from JSON and returns it typed. Throws a `TypeError` naming the first bad
 * field, so a broken seed file fails at start-up with a readable message.
 */
export function parseSeed(input: unknown): Seed {
  const root = object(input, 'seed');
  const tenants = array(root.tenants, 'seed.tenants').map((t, i) => parseTenant(t, `seed.tenants[${i}]`));
  if (tenants.length === 0) throw new TypeError('seed.tenants must not be empty');
  unique(tenants.map((t) => t.id), 'tenant id');
  unique(tenants.map((t) => t.code), 'tenant code');
  unique(tenants.flatMap((t) => t.agents.map((a) => a.id)), 'agent id');
  for (const tenant of tenants) {
    unique(tenant.agents.map((a) => a.num), `agent number in tenant ${tenant.code}`);
    unique(tenant.extensions.map((e) => e.number), `extension in tenant ${tenant.code}`);
    unique(tenant.queues.map((q) => q.id), `queue id in tenant ${tenant.code}`);
    const extensions = new Set(tenant.extensions.map((e) => e.number));
    const queues = new Set(tenant.queues.map((q) => q.id));
    for (const agent of tenant.agents) {
      if (!extensions.has(agent.extension)) {
        throw new TypeError(`agent ${agent.num} of tenant ${tenant.code}: extension ${agent.extension} is not in its extensions`);
      }
      const missing = agent.queues.find((q) => !queues.has(q));
      if (missing !== undefined) throw new TypeError(`agent ${agent.num} of tenant ${tenant.code}: unknown queue ${missing}`);
    }
  }
  return { tenants };
}

function parseTenant(input: unknown, path: string): SeedTenant {
  const t = object(input, path);
  return {
    id: integer(t.id, `${path}.id`),
    code: text(t.code, `${path}.code`),
    name: text(t.name, `${path}.name`),
    serviceNumber: digits(t.serviceNumber, `${path}.serviceNumber`),
    callers: array(t.callers, `${path}.callers`).map((c, i) => digits(c, `${path}.callers[${i}]`)),
    extensions: array(t.extensions, `${path}.extensions`).map((e, i) => {
      const ext = object(e, `${path}.extensions[${i}]`);
      return { number: text(ext.number, `${path}.extensions[${i}].number`), password: text(ext.password, `${path}.extensions[${i}].password`) };
    }),
    agents: array(t.agents, `${path}.agents`).map((a, i) => parseAgent(a, `${path}.agents[${i}]`)),
    queues: array(t.queues, `${path}.queues`).map((q, i) => {
      const queue = object(q, `${path}.queues[${i}]`);
      return { id: integer(queue.id, `${path}.queues[${i}].id`), name: text(queue.name, `${path}.queues[${i}].name`) };
    }),
    busyReasons: array(t.busyReasons ?? [], `${path}.busyReasons`).map((r, i) => {
      const reason = object(r, `${path}.busyReasons[${i}]`);
      return { id: integer(reason.id, `${path}.busyReasons[${i}].id`), reason: text(reason.reason, `${path}.busyReasons[${i}].reason`) };
    }),
    autoDialProjects: array(t.autoDialProjects ?? [], `${path}.autoDialProjects`).map((p, i) => {
      const at = `${path}.autoDialProjects[${i}]`;
      const project = object(p, at);
      const numbers = array(project.numbers, `${at}.numbers`).map((n, j) => digits(n, `${at}.numbers[${j}]`));
      if (numbers.length === 0) throw new TypeError(`${at}.numbers must not be empty`);
      return { id: integer(project.id, `${at}.id`), name: text(project.name, `${at}.name`), taskId: integer(project.taskId, `${at}.taskId`), numbers };
    }),
  };
}

function parseAgent(input: unknown, path: string): SeedAgent {
  const a = object(input, path);
  return {
    id: integer(a.id, `${path}.id`),
    num: text(a.num, `${path}.num`),
    name: text(a.name, `${path}.name`),
    password: text(a.password, `${path}.password`),
    extension: text(a.extension, `${path}.extension`),
    supervisor: a.supervisor === undefined ? false : bool(a.supervisor, `${path}.supervisor`),
    queues: array(a.queues ?? [], `${path}.queues`).map((q, i) => integer(q, `${path}.queues[${i}]`)),
  };
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${path} must be an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${path} must be an array`);
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${path} must be a non-empty string`);
  return value;
}

function digits(value: unknown, path: string): string {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !/^\d{1,32}$/.test(s)) throw new TypeError(`${path} must be a string of digits`);
  return s;
}

function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`${path} must be an integer`);
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${path} must be true or false`);
  return value;
}

function unique<T>(values: T[], what: string): void {
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) throw new TypeError(`duplicate ${what}: ${String(v)}`);
    seen.add(v);
  }
}

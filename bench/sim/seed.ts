import type { Seed, SeedAgent } from '@wincall/simulator';

/** Agents per queue: a realistic skill group, and it keeps queue distribution work per call bounded. */
export const AGENTS_PER_QUEUE = 50;
export const TENANT = 'bench';
export const PASSWORD = '1234';

export const agentNum = (i: number) => String(100_000 + i);
export const extensionOf = (i: number) => String(200_000 + i);
export const queueOf = (i: number, agents: number) => 1000 + (i % Math.max(1, Math.ceil(agents / AGENTS_PER_QUEUE)));

/** One tenant with `agents` agents (ids 1…N), each with an extension of its own, in queues of 50. */
export function benchSeed(agents: number): Seed {
  const queueCount = Math.max(1, Math.ceil(agents / AGENTS_PER_QUEUE));
  const list: SeedAgent[] = Array.from({ length: agents }, (_, k) => {
    const i = k + 1;
    return { id: i, num: agentNum(i), name: `Agent ${i}`, password: PASSWORD, extension: extensionOf(i), queues: [queueOf(i, agents)] };
  });
  return {
    tenants: [
      {
        id: 1,
        code: TENANT,
        name: 'Bench',
        serviceNumber: '4008001000',
        callers: ['58452440'],
        extensions: list.map((a) => ({ number: a.extension, password: `${a.extension}pw` })),
        agents: list,
        queues: Array.from({ length: queueCount }, (_, q) => ({ id: 1000 + q, name: `Queue ${q}` })),
        busyReasons: [{ id: 100, reason: 'Meeting' }],
        autoDialProjects: [],
      },
    ],
  };
}

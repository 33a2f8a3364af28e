import type { Context } from './context';
import { agentStatus } from './status';
import { agentsOf, tenantByCode } from './world';

/** The four lists of the config HTTP API (vendor guide §4), named by what they hold. */
export type DirectoryList = 'freeAgents' | 'agentsOnCall' | 'queues' | 'busyReasons';

/** A config API body, with the vendor's field names. HTTP status is 200 whatever `code` says. */
export interface DirectoryAnswer {
  code: 200 | 401 | 402;
  message: string;
  data: Record<string, string | number>[];
}

export function directory(ctx: Context, list: DirectoryList, vccCode: string | undefined): DirectoryAnswer {
  if (!vccCode) return { code: 401, message: '企业代码为空', data: [] };
  const tenant = tenantByCode(ctx.world, vccCode);
  if (!tenant) return { code: 402, message: '企业代码不存在', data: [] };
  const agents = agentsOf(ctx.world, tenant.id);
  const ok = (data: DirectoryAnswer['data']): DirectoryAnswer => ({ code: 200, message: 'ok', data });
  switch (list) {
    case 'freeAgents':
      return ok(
        agents
          .filter((a) => agentStatus(a) === 'idle')
          .map((a) => ({ ag_id: String(a.id), ag_num: a.num, ag_name: a.name, pho_num: a.session?.extension ?? a.defaultExtension })),
      );
    case 'agentsOnCall':
      return ok(
        agents.flatMap((a) => {
          const leg = a.session?.leg;
          if (!leg) return [];
          return [{ ag_id: String(a.id), pho_num: a.session?.extension ?? a.defaultExtension, ag_time: clock(ctx.now() - leg.since) }];
        }),
      );
    case 'queues':
      return ok([...tenant.queues.values()].map((q) => ({ id: q.id, que_name: q.name })));
    case 'busyReasons':
      return ok(tenant.busyReasons.map((r) => ({ id: r.id, vcc_id: tenant.id, ag_stat: 1, stat_reason: r.reason })));
  }
}

/** "H:MM:SS", hours not padded, as in the vendor's example ("3:59:59"). */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

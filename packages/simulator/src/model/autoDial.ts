import { createCall } from './calls';
import type { Context } from './context';
import { longestIdle, offer } from './distribution';
import type { AutoDialProject } from './types';
import { RING } from './wire/messages';
import { agentsOf } from './world';

/**
 * Keeps each auto-dial project's dialler running exactly while at least one agent has joined it.
 * Runs when the world settles after every step.
 */
export function runAutoDial(ctx: Context): void {
  for (const tenant of ctx.world.tenants.values()) {
    for (const project of tenant.projects.values()) {
      const joined = agentsOf(ctx.world, tenant.id).some((a) => a.session?.signedIn && a.session.autoDialProject === project.id);
      if (joined && !project.tick) {
        project.tick = ctx.later(ctx.timings.autoDialInterval, () => {
          project.tick = null;
          dialNext(ctx, project);
        });
      } else if (!joined && project.tick) {
        project.tick();
        project.tick = null;
      }
    }
  }
}

/** Dials the project's next customer into the joined agent idle longest; skips the turn if none is free. */
function dialNext(ctx: Context, project: AutoDialProject): void {
  const tenant = ctx.world.tenants.get(project.tenantId);
  const agent = longestIdle(agentsOf(ctx.world, project.tenantId).filter((a) => a.session?.autoDialProject === project.id));
  if (!tenant || !agent) return;
  const number = project.numbers[project.cursor % project.numbers.length] ?? '';
  project.cursor++;
  const call = createCall(ctx, {
    tenantId: tenant.id,
    kind: 'autoDial',
    customer: number,
    params: {
      caller: number,
      called: tenant.callers[0] ?? tenant.serviceNumber,
      autoDialProject: project.id,
      autoDialTask: project.taskId,
    },
    state: 'ringing',
  });
  offer(ctx, call, agent, RING.autoDial);
}

import type { ReportEntry } from '../report';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `14:03:07.215` in local time. */
export function clock(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

export const show = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/** A transition's input in one line: `server result busy 005000`, `commandSent hold`. */
export function describeInput(input: Extract<ReportEntry, { dir: 'transition' }>['input']): string {
  const event = input.event as Record<string, unknown> | undefined;
  const pending = input.pending as Record<string, unknown> | undefined;
  const error = input.error as Record<string, unknown> | undefined;
  switch (input.type) {
    case 'server':
      if (!event) return 'server';
      if (event.type === 'result') return `server result ${String(event.operation ?? event.actionNumber)} ${String(event.code)}${event.ok ? '' : ' ✗'}`;
      if (event.type === 'call') return `server call ${String(event.signal)}${event.ringKind ? ` (${String(event.ringKind)})` : ''}`;
      if (event.type === 'agent') return `server agent ${String(event.status)}`;
      if (event.type === 'order') return `server order ${String(event.order)}`;
      return `server ${String(event.type)}`;
    case 'connection':
      return `connection ${String(input.status)}`;
    case 'commandSent':
      return `commandSent ${String(pending?.command)}`;
    case 'commandFailed':
      return `commandFailed ${String(input.command)} ${String(error?.code)}`;
    case 'error':
      return `error ${String(error?.code)}`;
    case 'stall':
      return input.since === null ? 'stall over' : 'stall';
    case 'mirrored':
      return 'mirrored from the leader tab';
    default:
      return input.type;
  }
}

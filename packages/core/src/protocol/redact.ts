import type { WireCommand } from './commands';

const HIDDEN = '***';

/** A command as a debug log may show it: never the agent's password. */
export function redactCommand(command: WireCommand): Record<string, unknown> {
  return 'AgPass' in command ? { ...command, AgPass: HIDDEN } : { ...command };
}

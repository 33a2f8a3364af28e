import { looselyEquals } from './loose';

export { redactCommand } from '../protocol/redact';

const HIDDEN = '***';

/** A server message as the debug log may show it: INIT's Retmsg carries the phone password. */
export function redactMessage(message: Record<string, unknown>): Record<string, unknown> {
  return looselyEquals(message.Retact, 100) && 'Retmsg' in message ? { ...message, Retmsg: HIDDEN } : message;
}

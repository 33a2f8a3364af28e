import type { ServerMessage } from './messages';
import { ACTION_NUMBERS } from './operations';

/**
 * The extension's phone password from INIT's success answer (protocol.md §3.1: `Retmsg` is
 * `[queueIds, callerNumbers, phonePassword]`), or `null` when the message is not that answer or
 * carries none. The only reader of that secret: the client hands it, in memory, to the browser
 * phone; `translateMessage` drops it, so it never reaches the state, an event or a log.
 */
export function phonePasswordOf(message: ServerMessage): string | null {
  if (message.MT !== 1 || message.Retact !== ACTION_NUMBERS.authenticate || message.Ret !== 0) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.Retmsg);
  } catch {
    return null;
  }
  const secret = Array.isArray(parsed) ? (parsed as unknown[])[2] : undefined;
  return typeof secret === 'string' && secret !== '' ? secret : typeof secret === 'number' ? String(secret) : null;
}

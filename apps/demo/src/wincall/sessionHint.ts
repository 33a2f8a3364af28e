import { storedValue } from '../storage/localJson';

/**
 * Who was signed in, so a reloaded page can say "restoring…" instead of flashing the sign-in form
 * while the vault worker hands the session back. Agent number, extension and the tenant's caller
 * numbers only: the password never leaves the client's memory and the vault worker.
 */
export interface SessionHint {
  agentNum: string;
  extension: string;
  signedIn: boolean;
  /**
   * The caller numbers the server gave at sign-in. A resumed session (reload, tab hand-over) is
   * not told them again (INIT answers "already initialised" without them), so they are kept here.
   */
  callers: string[];
}

function parseHint(raw: unknown): SessionHint | null {
  if (!raw || typeof raw !== 'object') return null;
  const h = raw as Record<string, unknown>;
  if (typeof h.agentNum !== 'string' || typeof h.extension !== 'string') return null;
  const callers = Array.isArray(h.callers) ? h.callers.filter((c): c is string => typeof c === 'string') : [];
  return { agentNum: h.agentNum, extension: h.extension, signedIn: h.signedIn === true, callers };
}

export const sessionHint = storedValue<SessionHint | null>('wincall-demo:agent:v1', null, parseHint);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Records the signed-in agent (and its caller numbers, when the server told them). */
export function rememberAgent(agentNum: string, extension: string, callers: readonly string[]): void {
  const hint = sessionHint.get();
  const same = hint?.agentNum === agentNum && hint.extension === extension;
  const known = callers.length > 0 ? [...callers] : same ? hint.callers : [];
  if (same && hint.signedIn && sameList(hint.callers, known)) return;
  sessionHint.set({ agentNum, extension, signedIn: true, callers: known });
}

/** The caller numbers of `agentNum`: the server's, else the ones remembered from its sign-in. */
export function callersOf(agentNum: string | undefined, fromServer: readonly string[]): readonly string[] {
  if (fromServer.length > 0 || !agentNum) return fromServer;
  const hint = sessionHint.get();
  return hint?.agentNum === agentNum ? hint.callers : fromServer;
}

import { WinCallError } from '../errors';
import type { MachineInput } from '../machine/inputs';
import type { WinCallState } from '../machine/state';
import { WRAP_UP_NOTE_MAX, type WrapUpCode, type WrapUpPolicy } from '../machine/wrapUp';

/** The client's `wrapUp` option: wrap-up codes and a note for every call that connected. */
export interface WrapUpOptions {
  /**
   * The codes the agent chooses from: a list, or a function that fetches them (the wintel config
   * API has no such list: an integrator keeps it in their own system). The function is called
   * once; after a failure, again when the codes are next asked for.
   */
  codes?: readonly WrapUpCode[] | (() => Promise<readonly WrapUpCode[]>);
  /**
   * A code must be chosen: Ready (and dialling) in after-call work wait for it, and the call's
   * record waits for it until the next call starts (then it goes with `wrapUpMissing: true`).
   * Default false.
   */
  required?: boolean;
}

/** What `client.setWrapUp()` takes: a code id of the list (or null) and the agent's note. */
export interface WrapUpChoice {
  code: string | null;
  note: string;
}

export interface WrapUpMethods {
  /** The wrap-up codes (fetched once, and again after a failure); empty without the option. */
  wrapUpCodes(): Promise<readonly WrapUpCode[]>;
  /**
   * Sets the wrap-up of the current call, or of the last one while it is in after-call work or its
   * record waits for a required code. Local: nothing is sent to the server. Rejects with a
   * `RangeError` for a code not in the list or a note longer than 1 000 characters, a `TypeError`
   * for anything else malformed, and a `WinCallError` `NO_WRAP_UP` when there is no such call.
   */
  setWrapUp(choice: WrapUpChoice): Promise<void>;
}

const MAX_ID = 200;

/** `policy` for the sign-in, from the option. */
export function wrapUpPolicy(option: WrapUpOptions | undefined): WrapUpPolicy | undefined {
  if (!option) return undefined;
  return option.required === true ? 'required' : 'optional';
}

/** Checks the option when the client is created: a wrong shape is a programmer's error. */
export function checkWrapUpOption(option: unknown): void {
  if (option === undefined) return;
  if (typeof option !== 'object' || option === null) throw new TypeError('createWinCallClient: wrapUp must be an object');
  const { codes, required } = option as Record<string, unknown>;
  if (required !== undefined && typeof required !== 'boolean') throw new TypeError('createWinCallClient: wrapUp.required must be a boolean');
  if (codes === undefined || typeof codes === 'function') return;
  const problem = codesProblem(codes);
  if (problem) throw new TypeError(`createWinCallClient: wrapUp.codes ${problem}`);
}

/** What is wrong with a list of codes, or null. */
function codesProblem(codes: unknown): string | null {
  if (!Array.isArray(codes)) return 'must be an array of { id, label }';
  const seen = new Set<string>();
  for (const [index, code] of codes.entries()) {
    const { id, label } = (code ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || id.length > MAX_ID) return `[${index}].id must be a non-empty string of at most ${MAX_ID} characters`;
    if (typeof label !== 'string') return `[${index}].label must be a string`;
    if (seen.has(id)) return `[${index}].id "${id}" is listed twice`;
    seen.add(id);
  }
  return null;
}

/** The codes of the option, fetched once; a failed fetch is forgotten so the next ask tries again. */
export function createWrapUpCodes(option: WrapUpOptions | undefined): () => Promise<readonly WrapUpCode[]> {
  let fetched: Promise<readonly WrapUpCode[]> | null = null;
  const load = async (): Promise<readonly WrapUpCode[]> => {
    const codes = option?.codes;
    if (codes === undefined) return [];
    if (typeof codes !== 'function') return codes.map(({ id, label }) => ({ id, label }));
    let list: unknown;
    try {
      list = await codes();
    } catch (cause) {
      throw new WinCallError({ code: 'WRAP_UP_CODES', action: null, reason: 'api', cause });
    }
    const problem = codesProblem(list);
    if (problem) throw new WinCallError({ code: 'WRAP_UP_CODES', action: null, reason: 'api', cause: new TypeError(`wrapUp.codes() ${problem}`) });
    return (list as WrapUpCode[]).map(({ id, label }) => ({ id, label }));
  };
  return () => {
    fetched ??= load().catch((error: unknown) => {
      fetched = null;
      throw error;
    });
    return fetched;
  };
}

/** Checks what `setWrapUp` was given; a missing note counts as empty. */
export function checkWrapUpChoice(value: unknown): WrapUpChoice {
  if (typeof value !== 'object' || value === null) throw new TypeError('setWrapUp: give { code: string | null, note: string }');
  const { code, note = '' } = value as Record<string, unknown>;
  if (code !== null && (typeof code !== 'string' || code === '')) throw new TypeError('setWrapUp: code must be a code id or null');
  if (typeof note !== 'string') throw new TypeError('setWrapUp: note must be a string');
  if (note.length > WRAP_UP_NOTE_MAX) throw new RangeError(`setWrapUp: the note is ${note.length} characters, at most ${WRAP_UP_NOTE_MAX}`);
  return { code, note };
}

/** The label of `code` in the list, or a RangeError. */
export async function labelOf(codes: () => Promise<readonly WrapUpCode[]>, code: string): Promise<string> {
  const found = (await codes()).find((c) => c.id === code);
  if (!found) throw new RangeError(`setWrapUp: "${code}" is not one of the wrap-up codes`);
  return found.label;
}

const noWrapUp = () => new WinCallError({ code: 'NO_WRAP_UP', action: null, reason: 'unavailable' });

/** `wrapUpCodes` and `setWrapUp` of a client that holds the state (not a follower tab). */
export function createWrapUpMethods(
  option: WrapUpOptions | undefined,
  getState: () => WinCallState,
  dispatch: (input: MachineInput) => void,
): WrapUpMethods {
  const codes = createWrapUpCodes(option);
  return {
    wrapUpCodes: codes,
    async setWrapUp(value) {
      const { code, note } = checkWrapUpChoice(value);
      const open = getState().wrapUp;
      if (!open) throw noWrapUp();
      const label = code === null ? null : await labelOf(codes, code);
      // The codes may have been fetched meanwhile: the choice is for the call it was made for.
      if (getState().wrapUp?.callStartedAt !== open.callStartedAt) throw noWrapUp();
      dispatch({ type: 'wrapUp', callStartedAt: open.callStartedAt, code, label, note });
    },
  };
}

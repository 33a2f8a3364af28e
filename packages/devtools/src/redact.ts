/**
 * What the devtools never show or export as it came: the agent's password (the core already
 * replaces it in commands), the phone password the server returns at sign-in, and, unless turned
 * off, phone numbers, DTMF and IVR digits, and the free-text `Custom` call field (they may carry
 * card numbers or personal data).
 */
export interface RedactOptions {
  /** Mask phone numbers (Caller, Called, CallerID, Others…). Default true. */
  numbers?: boolean;
  /** Mask DTMF digits and the digits a caller keyed in an IVR. Default true. */
  dtmf?: boolean;
}

export interface Redaction {
  numbers: boolean;
  dtmf: boolean;
}

export const resolveRedaction = (options: RedactOptions = {}): Redaction => ({
  numbers: options.numbers !== false,
  dtmf: options.dtmf !== false,
});

/** The character that replaces a masked digit. Never a digit, `*` or `#` (those are DTMF keys). */
export const MASK = '•';
export const HIDDEN = '***';

const SECRET_FIELDS = new Set(['AgPass', 'password', 'PhoPass', 'phonePassword']);
const NUMBER_FIELDS = new Set(['Caller', 'Called', 'CallerID', 'Others', 'TransCalled', 'callerNumber']);
const DIGIT_FIELDS = new Set(['Dtmf', 'IvrResult', 'digits']);
const PERSONAL_FIELDS = new Set(['Custom']);

/** `13900001111` → `139••••••11`: the length and the prefix stay readable (normalisation bugs). */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, '').length;
  let index = 0;
  return value.replace(/\d/g, (digit) => {
    index++;
    return digits > 6 && (index <= 3 || index > digits - 2) ? digit : MASK;
  });
}

export const maskDigits = (value: string): string => value.replace(/\d/g, MASK);

/** A field of a wire message or call parameter map, redacted by its name. */
export function redactField(name: string, value: unknown, redaction: Redaction): unknown {
  if (SECRET_FIELDS.has(name)) return HIDDEN;
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  if (redaction.numbers && NUMBER_FIELDS.has(name)) return maskNumber(String(value));
  if (redaction.numbers && PERSONAL_FIELDS.has(name)) return String(value) === '' ? '' : HIDDEN;
  if (redaction.dtmf && DIGIT_FIELDS.has(name)) return maskDigits(String(value));
  return value;
}

export function redactFields<T extends Record<string, unknown>>(fields: T, redaction: Redaction): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) out[name] = redactField(name, value, redaction);
  return out as T;
}

/**
 * INIT's success `Retmsg` is `[queues, callerNumbers, phonePassword]` (protocol.md §3.1): the
 * phone password never leaves the core's protocol border, nor the devtools.
 */
export function redactSignInDetail(detail: string): string {
  try {
    const parsed: unknown = JSON.parse(detail);
    if (Array.isArray(parsed) && parsed.length >= 3) return JSON.stringify([parsed[0], parsed[1], HIDDEN, ...parsed.slice(3)]);
  } catch {
    // Not the success payload: an error text.
  }
  return detail;
}

/** One wire message (MT…) as the devtools show and export it. */
export function redactMessage(message: Record<string, unknown>, redaction: Redaction): Record<string, unknown> {
  const out = redactFields(message, redaction);
  if (Number(message.MT) === 1 && Number(message.Retact) === 100 && typeof message.Retmsg === 'string') {
    out.Retmsg = redactSignInDetail(message.Retmsg);
  }
  return out;
}

/**
 * A `toAgent` payload, redacted message by message. A piece that is not JSON is kept, with its
 * long digit runs masked when numbers are (it may be a number the server garbled).
 */
export function redactPayload(payload: unknown, redaction: Redaction): string {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload) ?? String(payload);
  return text
    .split('\r\n')
    .map((piece) => {
      const trimmed = piece.trim();
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
          return JSON.stringify(redactMessage(parsed as Record<string, unknown>, redaction));
        }
      } catch {
        // fall through
      }
      return redaction.numbers || redaction.dtmf ? piece.replace(/\d{6,}/g, (run) => maskDigits(run)) : piece;
    })
    .join('\r\n');
}

/**
 * Any value (a state, a machine input) with every field redacted by name, deep; errors become
 * plain `{ name, code, reason, message }` objects so that they survive JSON.
 */
export function redactDeep(value: unknown, redaction: Redaction, key = ''): unknown {
  if (value instanceof Error) {
    const { code, action, reason, ret } = value as Error & Record<string, unknown>;
    return { name: value.name, message: value.message, code, action, reason, ret };
  }
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redaction, key));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    const source = value as Record<string, unknown>;
    const signIn = source.type === 'result' && source.actionNumber === 100 && typeof source.detail === 'string';
    for (const [name, item] of Object.entries(source)) {
      out[name] = signIn && name === 'detail' ? redactSignInDetail(item as string) : redactDeep(item, redaction, name);
    }
    return out;
  }
  return redactField(key, value, redaction);
}

import { ProtocolError } from './errors';
import type { ServerMessage } from './messages';

export interface DecodedFrame {
  messages: ServerMessage[];
  errors: ProtocolError[];
}

const MESSAGE_SEPARATOR = '\r\n';

/**
 * Decodes one `toAgent` payload: a string of one or more JSON objects joined by `\r\n`
 * (protocol.md §1). Never throws: every piece that cannot be understood becomes a
 * `ProtocolError`, and the good pieces of the same frame are still returned.
 *
 * Some servers emit already-parsed objects; a plain object payload is accepted as one message.
 */
export function decodeFrame(payload: unknown): DecodedFrame {
  const messages: ServerMessage[] = [];
  const errors: ProtocolError[] = [];

  if (isPlainObject(payload)) {
    pushMessage(payload, safeStringify(payload), messages, errors);
    return { messages, errors };
  }
  if (typeof payload !== 'string') {
    errors.push(new ProtocolError('notText', `payload is ${describe(payload)}, expected a string`, safeStringify(payload)));
    return { messages, errors };
  }

  for (const rawPiece of payload.trim().split(MESSAGE_SEPARATOR)) {
    const piece = rawPiece.trim();
    if (piece === '') continue;
    if (!piece.startsWith('{') || !piece.endsWith('}')) {
      errors.push(new ProtocolError('notJson', 'message is not a JSON object', piece));
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(piece);
    } catch (cause) {
      errors.push(new ProtocolError('invalidJson', `message is not valid JSON: ${(cause as Error).message}`, piece));
      continue;
    }
    pushMessage(parsed, piece, messages, errors);
  }
  return { messages, errors };
}

function pushMessage(value: unknown, text: string, messages: ServerMessage[], errors: ProtocolError[]): void {
  const result = toMessage(value, text);
  if (result instanceof ProtocolError) errors.push(result);
  else messages.push(result);
}

function toMessage(value: unknown, text: string): ServerMessage | ProtocolError {
  if (!isPlainObject(value)) return new ProtocolError('notAMessage', 'message is not an object', text);
  const mt = toInteger(value.MT);
  if (mt === undefined || mt === null) return new ProtocolError('notAMessage', 'message has no numeric MT', text);

  const invalid = (field: string) => new ProtocolError('invalidField', `MT ${mt}: field ${field} is missing or invalid`, text);

  switch (mt) {
    case 1: {
      const retact = toInteger(value.Retact);
      const ret = toInteger(value.Ret);
      if (retact == null) return invalid('Retact');
      if (ret == null) return invalid('Ret');
      return { MT: 1, Retact: retact, Ret: ret, Retmsg: toText(value.Retmsg) };
    }
    case 2:
      return { MT: 2 };
    case 3: {
      const phoneState = toInteger(value.PhoSta);
      if (phoneState == null) return invalid('PhoSta');
      return {
        MT: 3,
        PhoSta: phoneState,
        RingType: toInteger(value.RingType) ?? null,
        OAgId: toInteger(value.OAgId) ?? null,
        fields: { ...value },
      };
    }
    case 4: {
      const agentState = toInteger(value.AgSta);
      if (agentState == null) return invalid('AgSta');
      return { MT: 4, AgSta: agentState, AgStaParam: toInteger(value.AgStaParam) ?? null };
    }
    case 5:
      return { MT: 5, fields: { ...value } };
    case 6:
      return { MT: 6, fields: { ...value } };
    case 7:
      return { MT: 7, IvrResult: toText(value.IvrResult), fields: { ...value } };
    case 8: {
      const param = toInteger(value.Param);
      if (param == null) return invalid('Param');
      if (!Array.isArray(value.Data)) return invalid('Data');
      return { MT: 8, Param: param, Data: value.Data };
    }
    case 10: {
      const code = toInteger(value.Code);
      if (code == null) return invalid('Code');
      return { MT: 10, Code: code };
    }
    default:
      return new ProtocolError('unknownMessageType', `unknown message type MT ${mt}`, text);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Integers arrive as numbers or numeric strings depending on the server build.
 * Returns `null` for an absent or empty value and `undefined` for anything else that is not an integer.
 */
export function toInteger(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return undefined;
}

function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : safeStringify(value);
}

function safeStringify(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      return '[unprintable]';
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `of type ${typeof value}`;
}

import { codeText, resultCode } from '@wincall/core/protocol';
import { ACTIONS, AGENT_STATES, DATA_UPDATES, MESSAGE_TYPES, PHONE_STATES, RING_TYPES, SERVER_ORDERS, type Meaning } from './names';

/** One message of a frame, as a person reads it. */
export interface DecodedMessage {
  /** `MT 1 命令结果 / command result`, `Action 4 BUSY`. */
  title: string;
  /** What it says, in both languages: `示忙 → 成功` / `busy → success`. */
  meaning: Meaning;
  /** The legacy display code of a result (`005000`), when there is one. */
  code?: string;
  fields: Record<string, unknown>;
}

const num = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
};

const unknown = (what: string, value: unknown): Meaning => ({ zh: `未知${what} ${String(value)}`, en: `unknown ${what} ${String(value)}` });

const join = (...parts: Array<Meaning | null | undefined>): Meaning => {
  const present = parts.filter((part): part is Meaning => Boolean(part));
  return { zh: present.map((p) => p.zh).join(' · '), en: present.map((p) => p.en).join(' · ') };
};

/** A server message (MT …) with its numbers named. */
export function describeMessage(message: Record<string, unknown>): DecodedMessage {
  const mt = num(message.MT);
  const type = mt === null ? undefined : MESSAGE_TYPES[mt];
  const title = `MT ${String(message.MT)}${type ? ` ${type.en}` : ''}`;
  switch (mt) {
    case 1: {
      const retact = num(message.Retact) ?? -1;
      const ret = num(message.Ret) ?? -1;
      const action = ACTIONS[retact];
      // Actions without a legacy display code (DTMF, heartbeat replies) answer with a bare Ret.
      const legacy = resultCode(retact, ret);
      const code = /^\d+$/.test(legacy) ? legacy : '';
      const text = code ? codeText(code) : null;
      return {
        title: `${title} · ${action?.name ?? `Action ${retact}`}`,
        meaning: join(action ?? unknown('Action', retact), text ?? { zh: `Ret ${ret}`, en: `Ret ${ret}` }),
        ...(code ? { code } : {}),
        fields: message,
      };
    }
    case 3: {
      const state = num(message.PhoSta);
      const ring = state === 5 || state === 7 ? num(message.RingType) : null;
      return {
        title: `${title} · PhoSta ${String(message.PhoSta)}`,
        meaning: join(
          (state === null ? undefined : PHONE_STATES[state]) ?? unknown('PhoSta', message.PhoSta),
          ring === null ? null : (RING_TYPES[ring] ?? unknown('RingType', ring)),
        ),
        fields: message,
      };
    }
    case 4: {
      const state = num(message.AgSta);
      return {
        title: `${title} · AgSta ${String(message.AgSta)}`,
        meaning: (state === null ? undefined : AGENT_STATES[state]) ?? unknown('AgSta', message.AgSta),
        fields: message,
      };
    }
    case 8: {
      const param = num(message.Param);
      return { title, meaning: join(type, param === null ? null : (DATA_UPDATES[param] ?? unknown('Param', param))), fields: message };
    }
    case 10: {
      const code = num(message.Code);
      return {
        title: `${title} · Code ${String(message.Code)}`,
        meaning: (code === null ? undefined : SERVER_ORDERS[code]) ?? unknown('Code', message.Code),
        fields: message,
      };
    }
    default:
      return { title, meaning: type ?? unknown('MT', message.MT), fields: message };
  }
}

/** A command the client sent (`AgentCmd`). */
export function describeCommand(command: Record<string, unknown>): DecodedMessage {
  const action = num(command.Action);
  const known = action === null ? undefined : ACTIONS[action];
  return {
    title: `Action ${String(command.Action)}${known ? ` ${known.name}` : ''}`,
    meaning: known ? { zh: known.zh, en: known.en } : unknown('Action', command.Action),
    fields: command,
  };
}

/** A `toAgent` payload, message by message; a piece that is not a JSON object says so. */
export function describePayload(payload: string): DecodedMessage[] {
  return payload
    .split('\r\n')
    .filter((piece) => piece.trim() !== '')
    .map((piece) => {
      try {
        const parsed: unknown = JSON.parse(piece.trim());
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return describeMessage(parsed as Record<string, unknown>);
      } catch {
        // below
      }
      return { title: 'not a message', meaning: { zh: '无法解析的内容', en: 'not a JSON object' }, fields: { text: piece } };
    });
}

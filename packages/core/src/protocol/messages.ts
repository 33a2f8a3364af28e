/**
 * Server → client messages (protocol.md §3), one per JSON object in a `toAgent` frame,
 * discriminated on `MT`. Numeric fields are normalised to numbers by the codec; every other
 * field is kept as the server sent it, because MT 3 / MT 7 fields become call parameters.
 */
export interface ResultMessage {
  MT: 1;
  /** The `Action` this answers. */
  Retact: number;
  /** 0 = ok, else a reason (protocol.md §4). */
  Ret: number;
  Retmsg: string;
}

export interface HeartbeatMessage {
  MT: 2;
}

export interface PhoneStateMessage {
  MT: 3;
  PhoSta: number;
  /** Only meaningful with PhoSta 5/7; `null` when absent or empty. */
  RingType: number | null;
  /** The calling/consulting agent's id; `null` when absent or empty. */
  OAgId: number | null;
  /** Every field of the message as received: what the legacy client copies into its call parameters. */
  fields: Record<string, unknown>;
}

export interface AgentStateMessage {
  MT: 4;
  AgSta: number;
  /** Busy-reason id (AgSta 2) or wrap-up seconds (AgSta 5); `null` when absent or empty. */
  AgStaParam: number | null;
}

export interface QueueStatsMessage {
  MT: 5;
  fields: Record<string, unknown>;
}

export interface LoginStateMessage {
  MT: 6;
  fields: Record<string, unknown>;
}

export interface IvrResultMessage {
  MT: 7;
  IvrResult: string;
  fields: Record<string, unknown>;
}

export interface DataUpdateMessage {
  MT: 8;
  /** 1 = the agent's queues, 2 = allowed caller numbers. */
  Param: number;
  Data: unknown[];
}

export interface ServerOrderMessage {
  MT: 10;
  Code: number;
}

export type ServerMessage =
  | ResultMessage
  | HeartbeatMessage
  | PhoneStateMessage
  | AgentStateMessage
  | QueueStatsMessage
  | LoginStateMessage
  | IvrResultMessage
  | DataUpdateMessage
  | ServerOrderMessage;

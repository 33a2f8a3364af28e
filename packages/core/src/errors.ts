import { localizedCodeText } from './protocol/codes';

/** The client's commands, by their method names. */
export type Command =
  | 'login'
  | 'logout'
  | 'busy'
  | 'unbusy'
  | 'hangup'
  | 'answer'
  | 'hold'
  | 'restore'
  | 'dialInner'
  | 'dialOuter'
  | 'consultInner'
  | 'consultOuter'
  | 'consultBack'
  | 'transfer'
  | 'threeWay'
  | 'threeWayBack'
  | 'chanspy'
  | 'intercept'
  | 'breakin'
  | 'evaluate'
  | 'dtmf'
  | 'transferToIvr'
  | 'transferToQueue'
  | 'transferToTenantQueue'
  | 'blindTransfer'
  | 'joinAutoDial'
  | 'leaveAutoDial'
  | 'query';

/** Why an operation failed. */
export type WinCallErrorReason =
  /** The server answered with a failure result. */
  | 'rejected'
  /** Local validation failed (empty or non-numeric number, missing sign-in field); nothing was sent. */
  | 'invalidInput'
  /** The command is not available in the current state (or one is already pending); nothing was sent. */
  | 'unavailable'
  /** Not connected; commands are never queued. */
  | 'offline'
  /** No answer within the command timeout. */
  | 'timeout'
  /** The connection dropped while the command was in flight. */
  | 'disconnected'
  /** Could not reach the server. */
  | 'connectFailed'
  /** The client was destroyed while the command was in flight. */
  | 'destroyed'
  /** The server reported a fault or a supervisor order (MT 10). */
  | 'server'
  /** A config HTTP API call failed. */
  | 'api';

/** Codes of failures that have no code in the vendor catalog. */
const LOCAL_TEXTS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  NOT_AVAILABLE: ['当前状态下不能执行该操作', 'this action is not available now'],
  COMMAND_PENDING: ['上一个操作尚未完成', 'the previous command has not finished yet'],
  OFFLINE: ['未连接到服务器，操作未发送', 'not connected to the server; nothing was sent'],
  TIMEOUT: ['服务器未及时响应（操作仍可能生效）', 'the server did not answer in time (the command may still take effect)'],
  // The vendor's catalog has no DTMF results (the legacy client shows the bare code): a digit the
  // server refused gets words of its own.
  UNKNOWN_FUNCTION42: ['按键未能发送到通话中', 'the key could not be sent into the call'],
  DISCONNECTED: ['连接已断开，操作结果未知', 'the connection dropped before the server answered'],
  DESTROYED: ['客户端已关闭', 'the client was shut down'],
  API_TENANT_MISSING: ['企业代码为空', 'tenant code missing'],
  API_TENANT_UNKNOWN: ['企业代码不存在', 'tenant code unknown'],
  API_HTTP: ['配置接口请求失败', 'the config API request failed'],
  API_MALFORMED: ['配置接口返回的数据无法解析', 'the config API answered with unreadable data'],
  API_NETWORK: ['无法访问配置接口', 'cannot reach the config API'],
  WRAP_UP_CODES: ['话后代码列表加载失败', 'the wrap-up codes could not be loaded'],
  NO_WRAP_UP: ['当前没有需要填写话后小结的通话', 'there is no call to wrap up now'],
  WRAP_UP_REQUIRED: ['请先选择话后代码', 'choose a wrap-up code first'],
};

export interface WinCallErrorInit {
  code: string;
  action: Command | 'api' | null;
  reason: WinCallErrorReason;
  /** The server's Ret, for `rejected` results. */
  ret?: number;
  cause?: unknown;
}

/**
 * An operational failure: the server said no, a timeout, the connection, a local check.
 * `code` is stable: the vendor's display code (`005004`, `022506`…) when there is one,
 * otherwise one of ours (`TIMEOUT`, `OFFLINE`, `NOT_AVAILABLE`…).
 *
 * The texts (`message`, `messageEn`, `messageZh`, `text()`) are looked up when read, from the
 * result-code catalog loaded so far (protocol/codes.ts): an error made before its language's
 * catalog arrived reads correctly once it has, and until then reads as its code.
 */
export class WinCallError extends Error {
  override readonly name = 'WinCallError';
  readonly code: string;
  readonly action: Command | 'api' | null;
  readonly reason: WinCallErrorReason;
  readonly ret: number | undefined;

  constructor(init: WinCallErrorInit) {
    super(undefined, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.action = init.action;
    this.reason = init.reason;
    this.ret = init.ret;
    // `message` is the English text, read on demand like the others (Error keeps it as an own field).
    Object.defineProperty(this, 'message', { get: () => this.messageEn, configurable: true });
  }

  /** English text (also `message`). */
  get messageEn(): string {
    return this.text('en');
  }

  /** Chinese text, as the legacy client showed it. */
  get messageZh(): string {
    return this.text('zh-CN');
  }

  /** The text for a locale: `zh-CN` → Chinese, anything else → English. */
  text(locale: string): string {
    const zh = locale.startsWith('zh');
    const local = Object.hasOwn(LOCAL_TEXTS, this.code) ? LOCAL_TEXTS[this.code] : undefined;
    if (local) return local[zh ? 0 : 1];
    // The legacy client shows the code itself when its catalog has no text; so do we.
    return localizedCodeText(this.code, zh ? 'zh-CN' : 'en') ?? this.code;
  }
}

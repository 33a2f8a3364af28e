import { io as ioV4 } from 'socket.io-client';
import ioV2 from 'socket.io-client-v2';

/** One decoded server message, as the wire carries it. */
export type Message = { MT: number } & Record<string, unknown>;

export type Predicate = (m: Message) => boolean;

export interface TestAgentOptions {
  /** socket.io-client major version: 4 (default) or 2 (the legacy client's). */
  version?: 2 | 4;
  /** Answer every heartbeat (MT 2) with KEEP, as a well-behaved client does. Default true. */
  keepAlive?: boolean;
}

interface Received {
  message: Message;
  frame: number;
}

interface Socket {
  readonly connected: boolean;
  emit(event: string, ...args: unknown[]): unknown;
  close(): unknown;
}

/**
 * A bare-wire agent for tests: sends `AgentCmd` payloads and collects decoded `toAgent` messages.
 * `next()` waits (bounded) for a message; every message it passes over is consumed, so a
 * sequence of `next()` calls asserts order.
 */
export class TestAgent {
  /** Every frame received, raw. */
  readonly frames: string[] = [];
  /** Messages not consumed yet. */
  private pending: Received[] = [];
  private waiters: (() => void)[] = [];
  private disconnectedFlag = false;
  private disconnectWaiters: (() => void)[] = [];

  private constructor(
    private readonly socket: Socket,
    private readonly keepAlive: boolean,
  ) {}

  static async connect(url: string, options: TestAgentOptions = {}): Promise<TestAgent> {
    const socketOptions = { forceNew: true, transports: ['websocket'], reconnection: false };
    const raw = options.version === 2 ? ioV2(url, socketOptions) : ioV4(url, socketOptions);
    const agent = new TestAgent(raw as unknown as Socket, options.keepAlive ?? true);
    raw.on('toAgent', (payload: unknown) => agent.receive(payload));
    raw.on('disconnect', () => agent.markDisconnected());
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`could not connect to ${url}`)), 5000);
      raw.on('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return agent;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  send(command: unknown): void {
    this.socket.emit('AgentCmd', command);
  }

  /** Waits for the first message matching `predicate`, consuming it and every message before it. */
  next(predicate: Predicate = () => true, timeoutMs = 3000, what = 'a matching message'): Promise<Message> {
    return new Promise<Message>((resolve, reject) => {
      const check = (): boolean => {
        const index = this.pending.findIndex((r) => predicate(r.message));
        if (index < 0) return false;
        const found = this.pending[index] as Received;
        this.pending = this.pending.slice(index + 1);
        resolve(found.message);
        return true;
      };
      if (check()) return;
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.pending.map((r) => JSON.stringify(r.message)).join('\n  ');
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; unconsumed:\n  ${seen || '(none)'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The MT 1 answering `action`. */
  result(action: number, timeoutMs?: number): Promise<Message> {
    return this.next((m) => m.MT === 1 && m.Retact === action, timeoutMs, `the result of action ${action}`);
  }

  /** Sends a command and returns its MT 1. */
  async request(command: Record<string, unknown> & { Action: number }, timeoutMs?: number): Promise<Message> {
    this.send(command);
    return this.result(command.Action, timeoutMs);
  }

  /** The next MT 3 with this PhoSta. */
  phone(state: number, timeoutMs?: number): Promise<Message> {
    return this.next((m) => m.MT === 3 && m.PhoSta === state, timeoutMs, `MT 3 PhoSta ${state}`);
  }

  /** The next MT 4 with this AgSta. */
  agentState(state: number, timeoutMs?: number): Promise<Message> {
    return this.next((m) => m.MT === 4 && m.AgSta === state, timeoutMs, `MT 4 AgSta ${state}`);
  }

  /**
   * A barrier without sleeping: sends QUERY and returns (and consumes) every message that
   * arrived before its answer; the answer's own frame (the state snapshot) is returned apart.
   */
  async sync(): Promise<{ before: Message[]; snapshot: Message[] }> {
    this.send({ Action: 6 });
    await new Promise<void>((resolve, reject) => {
      const has = () => this.pending.some((r) => r.message.MT === 1 && r.message.Retact === 6);
      if (has()) return resolve();
      const timer = setTimeout(() => reject(new Error('no answer to QUERY')), 3000);
      const waiter = () => {
        if (!has()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      };
      this.waiters.push(waiter);
    });
    const index = this.pending.findIndex((r) => r.message.MT === 1 && r.message.Retact === 6);
    const answer = this.pending[index] as Received;
    const before = this.pending.slice(0, index).map((r) => r.message);
    const snapshot = this.pending.slice(index + 1).filter((r) => r.frame === answer.frame).map((r) => r.message);
    this.pending = this.pending.slice(index + 1).filter((r) => r.frame !== answer.frame);
    return { before, snapshot };
  }

  /** INIT + LOGIN; throws unless both succeed. Returns the INIT result. */
  async login(
    agentNum: string,
    extension: string,
    state: 1 | 2 = 1,
    options: { tenant?: string; password?: string; alwaysOn?: boolean } = {},
  ): Promise<Message> {
    const init = await this.request({
      Action: 100,
      VccCode: options.tenant ?? 'demo',
      AgNum: agentNum,
      AgPass: options.password ?? '1234',
      AgPhoneNum: extension,
    });
    if (init.Ret !== 0) throw new Error(`INIT of ${agentNum} failed with Ret ${String(init.Ret)}`);
    const login = await this.request({ Action: 2, State: state, ...(options.alwaysOn ? { OnLine: 1 } : {}) });
    if (login.Ret !== 0) throw new Error(`LOGIN of ${agentNum} failed with Ret ${String(login.Ret)}`);
    await this.next((m) => m.MT === 6, 3000, 'MT 6 after LOGIN');
    return init;
  }

  /** Resolves once the server (or we) closed the socket. */
  disconnected(timeoutMs = 3000): Promise<void> {
    if (this.disconnectedFlag) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket still connected')), timeoutMs);
      this.disconnectWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close(): void {
    this.socket.close();
  }

  private receive(payload: unknown): void {
    if (typeof payload !== 'string') throw new Error(`toAgent payload is not a string: ${typeof payload}`);
    this.frames.push(payload);
    const frame = this.frames.length;
    for (const piece of payload.split('\r\n')) {
      const message = JSON.parse(piece) as Message;
      if (message.MT === 2 && this.keepAlive) this.send({ Action: 7 });
      this.pending.push({ message, frame });
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  private markDisconnected(): void {
    this.disconnectedFlag = true;
    for (const waiter of this.disconnectWaiters.splice(0)) waiter();
  }
}

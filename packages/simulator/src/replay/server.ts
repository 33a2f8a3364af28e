import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { createModel } from '../model';
import { handleConfig, isConfigPath } from '../server/configApi';
import { sendJson, sendPreflight } from '../server/http';
import type { ReplayEntry, ReplayReport } from './report';

export interface ReplayServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 6050; 0 picks a free port. */
  port?: number;
  /**
   * `instant` (the default): the server's frames follow each other at once. `recorded`: with the
   * recorded gaps between them, each at most `maxGap` ms (default 3 000).
   */
  pace?: 'instant' | 'recorded';
  maxGap?: number;
  /** Told about commands the recording does not have next (a replay that went another way). */
  onMismatch?: (command: Record<string, unknown>, expected: number | null) => void;
}

export interface ReplayServer {
  url: string;
  port: number;
  /** How many of the recording's server frames were sent, and how many there are. */
  progress(): { sent: number; total: number };
  /** Resolves once every recorded server frame has been sent. */
  readonly finished: Promise<void>;
  close(): Promise<void>;
}

type OutEntry = Extract<ReplayEntry, { dir: 'out' }>;

/**
 * Replays a bug report: a wintel server that answers the client's commands with the frames the
 * recorded server sent. It walks the recording in order: frames the server sent are played back
 * (one after the other, or with their recorded gaps), and where the client sent a command it
 * waits for the client to send a command with the same `Action` before going on. A command that
 * is not next in the recording moves on to its next occurrence, playing every frame in between
 * (`onMismatch` is told); one the recording no longer has is ignored (the client times out, as
 * against a silent server). The config API answers from the simulator's default seed.
 */
export async function startReplayServer(report: ReplayReport, options: ReplayServerOptions = {}): Promise<ReplayServer> {
  const host = options.host ?? '127.0.0.1';
  const maxGap = options.maxGap ?? 3_000;
  const steps = report.entries.filter((entry) => entry.dir === 'in' || (entry.dir === 'out' && entry.sent));
  const total = steps.filter((entry) => entry.dir === 'in').length;
  const directory = createModel({ timings: 'instant' });
  let cursor = 0;
  let sent = 0;
  let socket: Socket | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markFinished!: () => void;
  const finished = new Promise<void>((resolve) => {
    markFinished = resolve;
  });
  if (total === 0) markFinished();

  /** Sends the recorded frames from the cursor up to the next recorded command. */
  function play() {
    clearTimeout(timer);
    const step = steps[cursor];
    if (!step || step.dir !== 'in' || !socket) return;
    const previous = steps[cursor - 1];
    const gap = options.pace === 'recorded' && previous ? Math.min(Math.max(0, step.at - previous.at), maxGap) : 0;
    const emit = () => {
      if (!socket) return;
      cursor++;
      emitFrame(step.payload);
      play();
    };
    if (gap > 0) timer = setTimeout(emit, gap);
    else emit();
  }

  function emitFrame(payload: string) {
    socket?.emit('toAgent', payload);
    sent++;
    if (sent === total) markFinished();
  }

  function command(payload: unknown) {
    const action = typeof payload === 'object' && payload !== null ? (payload as { Action?: unknown }).Action : undefined;
    const at = steps.findIndex((step, i) => i >= cursor && step.dir === 'out' && step.command.Action === action);
    const expected = steps.find((step, i): step is OutEntry => i >= cursor && step.dir === 'out');
    if (at === -1 || expected !== steps[at]) options.onMismatch?.(payload as Record<string, unknown>, expected?.command.Action ?? null);
    if (at === -1) return;
    // Every recorded frame is played, in order: those still due before this command go out now.
    clearTimeout(timer);
    for (; cursor < at; cursor++) {
      const step = steps[cursor];
      if (step?.dir === 'in') emitFrame(step.payload);
    }
    cursor = at + 1;
    play();
  }

  const httpServer = createServer((req, res) => {
    if (req.method === 'OPTIONS') return sendPreflight(res);
    const url = new URL(req.url ?? '/', 'http://replay.invalid');
    if (isConfigPath(url.pathname)) return handleConfig(directory, req.method ?? 'GET', url, res);
    sendJson(res, 200, { name: 'wintel replay', ...progress() });
  });
  const io = new Server(httpServer, { allowEIO3: true, cors: { origin: true, credentials: true } });
  io.on('connection', (next) => {
    // One agent, one connection: a reconnecting client continues where the recording is.
    socket?.disconnect(true);
    socket = next;
    next.on('AgentCmd', command);
    next.on('disconnect', () => {
      if (socket === next) socket = null;
    });
    play();
  });

  const progress = () => ({ sent, total });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 6050, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 6050);
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    progress,
    finished,
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearTimeout(timer);
        socket = null;
        directory.dispose();
        void io.close(() => resolve());
        httpServer.closeAllConnections();
      });
      return closing;
    },
  };
}

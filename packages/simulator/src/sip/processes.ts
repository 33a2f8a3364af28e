/**
 * The one place that knows the SIP servers are processes: spawn in the foreground, wait until a
 * probe says the server answers, keep the tail of its log, report an exit nobody asked for, and
 * stop with SIGTERM then SIGKILL.
 *
 * Each server gets its own process group (`detached`), and signals go to the whole group:
 * kamailio forks worker processes that would otherwise outlive a SIGKILLed main process and keep
 * its ports. When Node itself exits, every group still running is SIGKILLed so a crashed test run
 * leaves no servers behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { SipRigError } from './errors';

export interface ProcessSpec {
  /** Shown in errors and logs: `kamailio`, `rtpengine`, `baresip leg-1`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  /** Resolves true once the server answers; polled until then. Must not throw. */
  readonly probe: () => Promise<boolean>;
  readonly readyTimeoutMs: number;
  /** How long SIGTERM may take before SIGKILL. */
  readonly stopGraceMs?: number;
}

export interface ProcessExit {
  readonly name: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** True when `stop()`/`kill()` asked for it. */
  readonly expected: boolean;
}

export interface RunningProcess {
  readonly name: string;
  readonly pid: number;
  /** Milliseconds from spawn to the first successful probe. */
  readonly startupMs: number;
  readonly exited: Promise<ProcessExit>;
  isRunning(): boolean;
  /** The last lines the process wrote to stdout and stderr, interleaved. */
  logTail(lines?: number): string;
  /** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
  stop(): Promise<ProcessExit>;
  /** SIGKILL now; resolves once the process is gone. */
  kill(): Promise<ProcessExit>;
  /** The process is about to exit on its own because we asked it to (a `quit` command). */
  expectExit(): void;
}

const LOG_LINES_KEPT = 400;
const PROBE_INTERVAL_MS = 40;
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  // A child that never spawned has no pid; -(-1) or -(0) would signal far more than our group.
  if (!(pid > 1)) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

// baresip colours its warnings with ANSI escapes; the tails are for reading.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

class LogTail {
  private readonly lines: string[] = [];
  private partial = '';

  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.lines.push(line.replace(ANSI_COLOUR, '').replace(/\r/g, ''));
    if (this.lines.length > LOG_LINES_KEPT) this.lines.splice(0, this.lines.length - LOG_LINES_KEPT);
  }

  tail(count: number): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-count).join('\n');
  }
}

export async function startProcess(spec: ProcessSpec, onUnexpectedExit: (exit: ProcessExit, log: string) => void): Promise<RunningProcess> {
  installExitHook();
  const startedAt = performance.now();
  const child: ChildProcess = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = new LogTail();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));

  let expected = false;
  let running = true;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('error', (error) => {
      log.push(`spawn error: ${error.message}\n`);
      running = false;
      resolve({ name: spec.name, code: null, signal: null, expected });
    });
    child.once('exit', (code, signal) => {
      running = false;
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      // Workers of a crashed main process may still hold its ports.
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      resolve({ name: spec.name, code, signal, expected });
    });
  });
  if (child.pid !== undefined) liveGroups.add(child.pid);

  const tail = (count = 60) => log.tail(count);
  const pid = child.pid ?? -1;

  async function terminate(signal: NodeJS.Signals): Promise<ProcessExit> {
    expected = true;
    if (!running) return exited;
    signalGroup(pid, signal);
    if (signal === 'SIGKILL') return exited;
    const grace = new Promise<'late'>((resolve) => {
      const timer = setTimeout(() => resolve('late'), spec.stopGraceMs ?? 3000);
      void exited.then(() => clearTimeout(timer));
    });
    if ((await Promise.race([exited, grace])) === 'late') signalGroup(pid, 'SIGKILL');
    return exited;
  }

  // Wait for the probe, the exit or the deadline, whichever comes first.
  const deadline = startedAt + spec.readyTimeoutMs;
  let ready = false;
  while (running && !ready && performance.now() < deadline) {
    ready = await spec.probe();
    if (!ready) await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  }
  if (!ready) {
    const why = running ? `did not answer within ${spec.readyTimeoutMs} ms` : 'exited while starting';
    await terminate('SIGKILL');
    throw new SipRigError('startFailed', `${spec.name} ${why}. Last log lines:\n${tail()}`);
  }
  const startupMs = Math.round(performance.now() - startedAt);

  void exited.then((exit) => {
    if (!exit.expected) onUnexpectedExit(exit, tail());
  });

  return {
    name: spec.name,
    pid,
    startupMs,
    exited,
    isRunning: () => running,
    logTail: tail,
    stop: () => terminate('SIGTERM'),
    kill: () => terminate('SIGKILL'),
    expectExit: () => {
      expected = true;
    },
  };
}

import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { FromServer, ServerStats, ToServer, WorldOp } from '../sim/server';
import { REPO_ROOT } from '../bundles';
import { workspaceSources } from './workspace';

/**
 * bench/sim/server.ts bundled into one CommonJS file (socket.io included), so the child is plain
 * `node` with nothing else loaded: its CPU and RSS are the simulator's.
 */
export async function buildSimServer(): Promise<{ file: string; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'wincall-bench-'));
  const file = join(dir, 'sim-server.cjs');
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['bench/sim/server.ts'],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [workspaceSources],
    // ws loads these native speed-ups when present and falls back to JavaScript otherwise.
    external: ['bufferutil', 'utf-8-validate'],
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface SimProcess {
  url: string;
  pid: number;
  ops(ops: WorldOp[]): void;
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

/** Starts the simulator with `agents` agents in a child process; resolves once it listens. */
export function startSimProcess(file: string, agents: number): Promise<SimProcess> {
  const child: ChildProcess = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const send = (message: ToServer) => child.send(message);
  let nextId = 0;
  const waiting = new Map<number, (stats: ServerStats) => void>();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the simulator process exited early (${code})`)));
    child.on('message', (message: FromServer) => {
      if (message.type === 'error') {
        console.error(`[simulator process] ${message.message}`);
      } else if (message.type === 'stats') {
        waiting.get(message.id)?.(message.stats);
        waiting.delete(message.id);
      } else if (message.type === 'ready') {
        child.removeAllListeners('exit');
        resolve({
          url: message.url,
          pid: child.pid!,
          ops: (ops) => send({ type: 'ops', ops }),
          stats: () =>
            new Promise((done) => {
              const id = ++nextId;
              waiting.set(id, done);
              send({ type: 'stats', id });
            }),
          close: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              send({ type: 'close' });
            }),
        });
      }
    });
    send({ type: 'start', agents });
  });
}

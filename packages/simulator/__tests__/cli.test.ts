import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** Starts the CLI from source the way `pnpm sim` does, and resolves with its first output line. */
function startCli(args: string[]): { child: ChildProcess; firstLine: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(tsx, ['packages/simulator/src/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no output; stderr: ${errors}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const newline = output.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      resolve(output.slice(0, newline));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, firstLine, exit };
}

describe('wincall-sim (CLI)', () => {
  let running: ChildProcess | undefined;
  afterEach(() => {
    if (running && running.exitCode === null) running.kill('SIGKILL');
  });

  it('prints its URL when ready, serves, and exits 0 on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--timings', 'instant']);
    running = cli.child;
    const line = await cli.firstLine;
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
    expect(url).toBeDefined();
    const answer = await fetch(`${url}/v2/wintelapi/api/jsonp/queue/list?vcc_code=demo`);
    expect(((await answer.json()) as { code: number }).code).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it('refuses bad arguments with exit code 2', async () => {
    const cli = startCli(['--timings', 'glacial']);
    running = cli.child;
    expect(await cli.exit).toBe(2);
  });
});

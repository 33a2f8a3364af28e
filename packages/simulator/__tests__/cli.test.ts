import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWinCallClient } from '@wincall/core';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * Starts the CLI from source (TypeScript through tsx's loader, as `pnpm sim` runs it), and resolves
 * with its first output line. Node runs it directly: the `tsx` command runs it in a child process of
 * its own and relays signals to it, and on a loaded machine that relay was seen to end the CLI with
 * the signal (exit 143) instead of letting its SIGTERM handler close it.
 */
function startCli(args: string[]): { child: ChildProcess; firstLine: Promise<string>; exit: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/simulator/src/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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
  // 'close', not 'exit': by then stderr has been read to the end.
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // A CLI that exits before printing rejects `firstLine` later; a test that only waits for the exit
  // must not get that as an unhandled rejection.
  firstLine.catch(() => undefined);
  return { child, firstLine, exit, stderr: () => errors };
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

  it('replays a bug report (--replay): the recorded frames answer a real client', async () => {
    const report = {
      format: 'wincall-bug-report',
      version: 1,
      options: { vccCode: 'demo' },
      entries: [
        { dir: 'out', at: 1, sent: true, command: { Action: 100, VccCode: 'demo', AgNum: '1001', AgPass: '***', AgPhoneNum: '8001' } },
        { dir: 'in', at: 2, payload: '{"MT":1,"Retact":100,"Ret":0,"Retmsg":"[[6250],[\\"58452440\\"],\\"***\\"]"}' },
        { dir: 'out', at: 3, sent: true, command: { Action: 2, State: 1 } },
        { dir: 'in', at: 4, payload: '{"MT":1,"Retact":2,"Ret":0,"Retmsg":""}\r\n{"MT":4,"AgSta":3}' },
      ],
    };
    const file = join(mkdtempSync(join(tmpdir(), 'wincall-replay-')), 'report.json');
    writeFileSync(file, JSON.stringify(report));
    const cli = startCli(['--replay', file, '--port', '0', '--pace', 'instant']);
    running = cli.child;
    const line = await cli.firstLine;
    expect(line).toMatch(/wintel replay of .*report\.json listening on http:\/\/127\.0\.0\.1:\d+ \(2 server frames\)/);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const client = createWinCallClient({ vccCode: 'demo', serverUrl: url, loginDelay: 0, pageLifecycle: false });
    try {
      await client.login({ agentNum: '1001', password: 'any', extension: '8001' });
      expect(client.getState().agent).toMatchObject({ status: 'idle', queues: [6250], callers: ['58452440'] });
    } finally {
      client.destroy();
    }
    cli.child.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it('refuses a file that is not a bug report with exit code 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wincall-replay-')), 'report.json');
    writeFileSync(file, '{"format":"something else"}');
    const cli = startCli(['--replay', file, '--port', '0']);
    running = cli.child;
    expect(await cli.exit).toBe(2);
  });

  it('refuses bad arguments with exit code 2', async () => {
    const cli = startCli(['--timings', 'glacial']);
    running = cli.child;
    expect(await cli.exit).toBe(2);
  });

  it('refuses an unknown phone mode, naming the ones it knows', async () => {
    const cli = startCli(['--phone', 'ringer', '--port', '0']);
    running = cli.child;
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toContain('--phone must be desk or softphone, not ringer');
  });

  it('softphone mode without the SIP servers says which apt-get line installs them, and exits 2', async () => {
    const nowhere = mkdtempSync(join(tmpdir(), 'wincall-no-sip-'));
    const cli = startCli(['--phone', 'softphone', '--port', '0', '--sip-binaries', nowhere]);
    running = cli.child;
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toContain('apt-get install -y kamailio rtpengine-daemon baresip-core');
  });
});

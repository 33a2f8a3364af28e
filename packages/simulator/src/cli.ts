#!/usr/bin/env node
/**
 * wincall-sim: runs the simulator until SIGINT / SIGTERM.
 *   --port N            default $SIM_PORT or 6050
 *   --host H            default 127.0.0.1
 *   --seed file.json    replaces the default seed
 *   --timings instant|human   default human
 *   --heartbeat MS|off  overrides the preset's heartbeat interval; `off` for the legacy
 *                       jquery.wincall client, which never answers MT 2 and would be dropped
 *   --latency MS        one-way delay of every wintel frame, each direction (default 0)
 *   --jitter MS         ± random part of that delay, order kept (default 0)
 *   --replay report.json   instead of the simulated call center, replay a @wincall/devtools bug
 *                       report: the recorded server frames, in answer to the client's commands
 *   --pace recorded|instant   with --replay: keep the recorded gaps between frames (each at
 *                       most 3 s; the default) or play them at once
 *   --phone desk|softphone    default $SIM_PHONE or desk. softphone: each extension is a SIP
 *                       registration on kamailio + rtpengine started here (README "Softphone mode");
 *                       a missing Debian package is named with its apt-get line (exit code 2)
 *   --sip-binaries DIRS where kamailio, rtpengine and baresip are (`:`-separated), when not on
 *                       PATH or in the sbin folders
 * Prints one line with http://HOST:PORT when ready (and, in softphone mode, one with the SIP URL).
 */
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReplayReport, startReplayServer, type ReplayReport } from './replay';
import { parseSeed, type Seed } from './seed';
import { startSimulator } from './server/startSimulator';
import { HUMAN, INSTANT } from './timings';

function fail(message: string): never {
  process.stderr.write(`wincall-sim: ${message}\n`);
  process.exit(2);
}

function readSeed(path: string): Seed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read seed ${path}: ${(error as Error).message}`);
  }
  try {
    return parseSeed(JSON.parse(text));
  } catch (error) {
    fail(`bad seed ${path}: ${(error as Error).message}`);
  }
}

function readReport(path: string): ReplayReport {
  try {
    return parseReplayReport(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    fail(`cannot replay ${path}: ${(error as Error).message}`);
  }
}

async function replay(path: string, host: string, port: number, pace: string): Promise<void> {
  if (pace !== 'recorded' && pace !== 'instant') fail(`--pace must be recorded or instant, not ${pace}`);
  const report = readReport(path);
  let server;
  try {
    server = await startReplayServer(report, {
      host,
      port,
      pace,
      onMismatch: (command, expected) =>
        process.stderr.write(`wincall-sim: the client sent Action ${String(command.Action)}; the recording has ${expected ?? 'no more commands'} next\n`),
    });
  } catch (error) {
    fail(`cannot start: ${(error as Error).message}`);
  }
  process.stdout.write(`wintel replay of ${path} listening on ${server.url} (${server.progress().total} server frames)\n`);
  void server.finished.then(() => process.stdout.write('replay: every recorded server frame has been played\n'));
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let values: {
    port?: string;
    host?: string;
    seed?: string;
    timings?: string;
    heartbeat?: string;
    latency?: string;
    jitter?: string;
    replay?: string;
    pace?: string;
    phone?: string;
    'sip-binaries'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        timings: { type: 'string' },
        heartbeat: { type: 'string' },
        latency: { type: 'string' },
        jitter: { type: 'string' },
        replay: { type: 'string' },
        pace: { type: 'string' },
        phone: { type: 'string' },
        'sip-binaries': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(
      'usage: wincall-sim [--port N] [--host H] [--seed file.json] [--timings instant|human] [--heartbeat MS|off] [--latency MS] [--jitter MS]\n' +
        '                   [--phone desk|softphone] [--sip-binaries DIR:DIR]\n' +
        '       wincall-sim --replay report.json [--pace recorded|instant] [--port N] [--host H]\n',
    );
    return;
  }
  const port = Number(values.port ?? process.env.SIM_PORT ?? 6050);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port ${values.port ?? process.env.SIM_PORT}`);
  if (values.replay !== undefined) return replay(values.replay, values.host ?? '127.0.0.1', port, values.pace ?? 'recorded');
  const preset = values.timings ?? 'human';
  if (preset !== 'instant' && preset !== 'human') fail(`--timings must be instant or human, not ${preset}`);
  const heartbeat = values.heartbeat === undefined ? undefined : values.heartbeat === 'off' ? null : Number(values.heartbeat);
  if (heartbeat !== undefined && heartbeat !== null && !(Number.isInteger(heartbeat) && heartbeat > 0)) {
    fail(`--heartbeat must be a number of ms or off, not ${values.heartbeat}`);
  }
  const timings = heartbeat === undefined ? preset : { ...(preset === 'human' ? HUMAN : INSTANT), heartbeat };
  const seed = values.seed === undefined ? undefined : readSeed(values.seed);
  const latency = Number(values.latency ?? process.env.SIM_LATENCY ?? 0);
  const jitter = Number(values.jitter ?? process.env.SIM_JITTER ?? 0);
  for (const [name, value] of [['latency', latency], ['jitter', jitter]] as const) {
    if (!(Number.isFinite(value) && value >= 0 && value <= 60_000)) fail(`--${name} must be a number of ms (0-60000), not ${String(value)}`);
  }

  const phone = values.phone ?? process.env.SIM_PHONE ?? 'desk';
  if (phone !== 'desk' && phone !== 'softphone') fail(`--phone must be desk or softphone, not ${phone}`);
  const binaryDirs = values['sip-binaries']?.split(delimiter).filter(Boolean);

  let simulator;
  try {
    simulator = await startSimulator({
      host: values.host ?? '127.0.0.1',
      port,
      timings,
      latency,
      jitter,
      phone,
      ...(binaryDirs ? { sip: { binaryDirs } } : {}),
      ...(seed ? { seed } : {}),
    });
  } catch (error) {
    fail(`cannot start: ${(error as Error).message}`);
  }
  process.stdout.write(`wintel simulator listening on ${simulator.url}${latency > 0 ? ` (latency ${latency} ms ± ${jitter} ms each way)` : ''}\n`);
  if (simulator.sip) {
    process.stdout.write(`softphones register on ${simulator.sip.wsUrl} as sip:<extension>@${simulator.sip.domain}, with the extension's password from the seed\n`);
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();

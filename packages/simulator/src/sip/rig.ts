/**
 * The SIP rig: a call center's SIP side built from Debian's servers, for tests and the simulator.
 *
 *   browser (sip.js over ws://, WebRTC)  ⇄  kamailio (registrar + proxy)  ⇄  baresip (the customer, UDP)
 *                                   media ⇄  rtpengine (DTLS-SRTP + ICE ⇄ plain RTP)  ⇄  media
 *
 * ```ts
 * const rig = await startSipRig({ extensions: { '8001': '8001pw' } });
 * // the browser registers sip:8001@rig.domain over rig.wsUrl with password 8001pw
 * await rig.isRegistered('8001');              // true once it has
 * const leg = await rig.dial('8001', { headers: { 'X-WinCall-Call': '42' } });
 * await leg.waitFor('ringing');               // 180 reached the caller
 * await leg.waitFor('answered');              // the browser accepted
 * await leg.hangup();                         // BYE (or CANCEL before the answer)
 * const heard = await leg.recordingPath();    // WAV of what the caller heard (audio.ts measures it)
 * await rig.restart('kamailio');              // same ports; registrations are lost (usrloc in memory)
 * await rig.setPassword('8001', 'new-secret'); // the registrar now wants this one (kept across restarts)
 * await rig.stop();                           // kills everything, removes the temp folder; idempotent
 * ```
 *
 * - Everything binds 127.0.0.1 on ports the kernel handed out; a temp folder holds every config,
 *   the caller's audio and the recordings.
 * - Passwords stay in memory and in kamailio's htable as HA1 digests; they are never logged or
 *   written in clear.
 * - A server that exits unasked is reported: `on('processExit')`, `unexpectedExits()`, and a leg
 *   whose baresip dies ends with reason `failed`. Errors are `SipRigError`s with a `code`, and
 *   messages of failures carry the servers' log tails (also at any time from `logs()`).
 * - Node-only. Nothing in src/model imports this; in src/server only sipPhones.ts (softphone mode) does.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from './audio';
import { CALLER_CODECS, type CallerCodec } from './baresipConfig';
import { findSipBinaries, type SipBinaries } from './binaries';
import { startCallerLeg } from './callerLeg';
import { validateDial } from './dial';
import { Emitter } from './emitter';
import { SipRigError } from './errors';
import { kamailioConfig } from './kamailioConfig';
import { freeTcpPort, freeUdpPort, rtpPortRange } from './ports';
import { startProcess, type ProcessExit, type ProcessSpec, type RunningProcess } from './processes';
import { dumpContacts, kamailioRpc, kamailioSpec, lookupContacts, rtpengineSpec } from './servers';
import type { DialOptions, SipCallerLeg } from './sipCallerLeg';

export interface SipRigOptions {
  /** Extension → password, e.g. `{ '8001': '8001pw' }`. Only these can register. */
  readonly extensions: Readonly<Record<string, string>>;
  /** The caller's voice: a sine at this frequency. Default 440 Hz. */
  readonly callerToneHz?: number;
  /**
   * Length of the caller's audio. baresip 1.0.0's aufile cannot loop and hangs up when the file
   * ends, so this is the longest a call can last. Default 180 s.
   */
  readonly callerAudioSeconds?: number;
  /**
   * What callers offer, in order (a dial may override). Default `['pcmu', 'pcma']`, what call
   * centers' trunks carry; `opus` works too (baresip resamples the 8 kHz audio file).
   */
  readonly codecs?: readonly CallerCodec[];
  /** How long each server may take to answer its first probe. Default 20 s. */
  readonly startTimeoutMs?: number;
  /** Where to look for the binaries; default PATH plus the sbin folders. */
  readonly binaryDirs?: readonly string[];
}

/** The long-lived servers; caller legs each run their own baresip (see callerLeg.ts). */
export type SipServer = 'kamailio' | 'rtpengine';

export interface SipRigExit extends ProcessExit {
  /** The tail of its log at the time. */
  readonly log: string;
}

export interface SipRigEvents extends Record<string, unknown> {
  /** A server or a leg's baresip exited without being asked to. */
  processExit: SipRigExit;
}

export interface SipRig {
  /** Where browsers connect: `ws://127.0.0.1:<port>` (loopback pages are secure contexts). */
  readonly wsUrl: string;
  /** The SIP domain and digest realm: `127.0.0.1`. Extensions register as `sip:<ext>@<domain>`. */
  readonly domain: string;
  /** kamailio's UDP side, `sip:127.0.0.1:<port>`, for other SIP user agents. */
  readonly udpUri: string;
  /** Milliseconds each server took from spawn to answering, at its latest (re)start. */
  readonly startupMs: Readonly<Record<SipServer, number>>;
  /** Calls an extension from a new customer; resolves once the INVITE is on its way. */
  dial(extension: string, options?: DialOptions): Promise<SipCallerLeg>;
  /** Every leg dialled so far, in order. */
  legs(): readonly SipCallerLeg[];
  /** Whether kamailio holds a live registration for the extension. */
  isRegistered(extension: string): Promise<boolean>;
  /** The contact URIs registered for the extension (a browser's looks like `sip:x@y.invalid;transport=ws`). */
  contacts(extension: string): Promise<string[]>;
  /** Every registered extension's contact URIs, in one request to kamailio. */
  registrations(): Promise<Record<string, string[]>>;
  isRunning(server: SipServer): boolean;
  /** The server's process id while it runs (for a test that crashes it from outside). */
  pid(server: SipServer): number | undefined;
  /** SIGKILLs a server (a crash, not a shutdown); resolves once it is gone. */
  kill(server: SipServer): Promise<void>;
  /** Stops the server if it runs, then starts it again with the same config and ports. */
  restart(server: SipServer): Promise<void>;
  /**
   * Changes the password the registrar accepts for one of the rig's extensions, from the next
   * REGISTER on (a registration already made stays until it is refreshed). Kept across restarts.
   */
  setPassword(extension: string, password: string): Promise<void>;
  on<K extends keyof SipRigEvents>(event: K, listener: (payload: SipRigEvents[K]) => void): () => void;
  /** Exits nobody asked for, since the start. */
  unexpectedExits(): readonly SipRigExit[];
  /** The servers' log tails and the latest legs', for a failure message. */
  logs(lines?: number): string;
  /** Stops every leg's baresip and the servers, removes the temp folder. Stopping twice is harmless. */
  stop(): Promise<void>;
}

const DOMAIN = '127.0.0.1';
const SIP_USER = /^[A-Za-z0-9+._-]+$/;

function validateOptions(options: SipRigOptions): void {
  const entries = Object.entries(options?.extensions ?? {});
  if (entries.length === 0) throw new TypeError('startSipRig: extensions must map at least one extension to its password');
  for (const [extension, password] of entries) {
    if (!SIP_USER.test(extension)) throw new TypeError(`startSipRig: '${extension}' is not a valid extension (letters, digits, + . _ -)`);
    if (typeof password !== 'string' || password.length === 0) throw new TypeError(`startSipRig: extension ${extension} needs a non-empty password`);
  }
  const seconds = options.callerAudioSeconds;
  if (seconds !== undefined && !(seconds >= 5 && seconds <= 3600)) throw new RangeError('startSipRig: callerAudioSeconds must be between 5 and 3600');
  const hz = options.callerToneHz;
  if (hz !== undefined && !(hz >= 100 && hz <= 3500)) throw new RangeError('startSipRig: callerToneHz must be between 100 and 3500 (the telephone band)');
  const codecs = options.codecs;
  if (codecs !== undefined && (!Array.isArray(codecs) || codecs.length === 0 || codecs.some((codec) => !CALLER_CODECS.includes(codec)))) {
    throw new TypeError(`startSipRig: codecs must be a non-empty list of ${CALLER_CODECS.join(', ')}`);
  }
}

function ha1(extension: string, password: string): string {
  return createHash('md5').update(`${extension}:${DOMAIN}:${password}`).digest('hex');
}

/** Starts rtpengine, then kamailio; rejects with `missingBinary` or `startFailed` (nothing left running). */
export async function startSipRig(options: SipRigOptions): Promise<SipRig> {
  validateOptions(options);
  const binaries: SipBinaries = findSipBinaries(options.binaryDirs);
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const codecs = options.codecs ?? ['pcmu', 'pcma'];
  const dir = await mkdtemp(join(tmpdir(), 'wincall-sip-'));
  const emitter = new Emitter<SipRigEvents>();
  const exits: SipRigExit[] = [];
  const reportExit = (exit: ProcessExit, log: string) => {
    const entry = { ...exit, log };
    exits.push(entry);
    emitter.emit('processExit', entry);
  };

  const [udpPort, wsPort, ngPort] = await Promise.all([freeUdpPort(), freeTcpPort(), freeUdpPort()]);
  const rtpengineRange = rtpPortRange(200);
  const baresipRange = rtpPortRange(200);
  const seconds = options.callerAudioSeconds ?? 180;
  const audioFiles = { tone: join(dir, 'caller-tone.wav'), silence: join(dir, 'caller-silence.wav') };
  // Written while the servers start: a few megabytes of samples.
  const audioWritten = Promise.all([
    writeToneWav(audioFiles.tone, { frequencyHz: options.callerToneHz ?? 440, sampleRate: 8000, seconds, amplitude: 0.5 }),
    writeToneWav(audioFiles.silence, { frequencyHz: 0, sampleRate: 8000, seconds }),
  ]);
  /** What the registrar accepts: HA1 digests only, also in the config a restart reads again. */
  const ha1ByExtension: Record<string, string> = Object.fromEntries(
    Object.entries(options.extensions).map(([extension, password]) => [extension, ha1(extension, password)]),
  );
  const writeConfig = () =>
    writeFile(
      join(dir, 'kamailio.cfg'),
      kamailioConfig({ udpPort, wsPort, rtpengineNgPort: ngPort, domain: DOMAIN, modulesDir: binaries.kamailioModules, ha1ByExtension }),
    );
  await Promise.all([writeConfig(), mkdir(join(dir, 'legs'))]);

  const specs: Record<SipServer, ProcessSpec> = {
    rtpengine: rtpengineSpec(binaries.rtpengine, { ngPort, rtp: rtpengineRange }, startTimeoutMs),
    kamailio: kamailioSpec(binaries.kamailio, dir, startTimeoutMs, wsPort),
  };
  const servers: Partial<Record<SipServer, RunningProcess>> = {};
  const startupMs: Record<SipServer, number> = { kamailio: 0, rtpengine: 0 };
  const legs: SipCallerLeg[] = [];
  const legDisposers: Array<() => Promise<void>> = [];
  let stopping: Promise<void> | undefined;

  async function startServer(name: SipServer): Promise<void> {
    const running = await startProcess(specs[name], reportExit);
    servers[name] = running;
    startupMs[name] = running.startupMs;
  }

  const logs = (lines = 30): string =>
    (['kamailio', 'rtpengine'] as const).map((name) => `--- ${name} ---\n${servers[name]?.logTail(lines) ?? '(not running)'}`).join('\n');

  async function stop(): Promise<void> {
    stopping ??= (async () => {
      await Promise.all(legDisposers.map((dispose) => dispose().catch(() => undefined)));
      await Promise.all(Object.values(servers).map((server) => server.stop()));
      emitter.clear();
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  }

  try {
    await startServer('rtpengine');
    await startServer('kamailio');
    await audioWritten;
  } catch (error) {
    await audioWritten.catch(() => undefined);
    await stop();
    throw error;
  }

  const rig: SipRig = {
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    domain: DOMAIN,
    udpUri: `sip:127.0.0.1:${udpPort}`,
    startupMs,
    async dial(extension, dialOptions = {}) {
      validateDial(extension, dialOptions);
      if (stopping) throw new SipRigError('stopped', 'dial: the rig is stopped');
      const id = `leg-${legs.length + 1}`;
      const legDir = join(dir, 'legs', id);
      await mkdir(legDir);
      const { leg, dispose } = await startCallerLeg({
        id,
        dir: legDir,
        extension,
        options: dialOptions,
        baresip: binaries.baresip,
        modulesDir: binaries.baresipModules,
        kamailioUdpPort: udpPort,
        rtpPorts: baresipRange,
        audioFiles,
        codecs,
        startTimeoutMs,
        serverLogs: () => logs(20),
        onUnexpectedExit: reportExit,
      });
      if (stopping) {
        await dispose();
        throw new SipRigError('stopped', 'dial: the rig was stopped while the caller started');
      }
      legs.push(leg);
      legDisposers.push(dispose);
      return leg;
    },
    legs: () => [...legs],
    async isRegistered(extension) {
      return (await rig.contacts(extension)).length > 0;
    },
    async contacts(extension) {
      if (typeof extension !== 'string' || !SIP_USER.test(extension)) throw new TypeError(`contacts: '${String(extension)}' is not a valid extension`);
      if (!servers.kamailio?.isRunning()) throw new SipRigError('processExited', `kamailio is not running, so nobody is registered\n${logs()}`);
      return lookupContacts(wsPort, extension);
    },
    async registrations() {
      if (!servers.kamailio?.isRunning()) throw new SipRigError('processExited', `kamailio is not running, so nobody is registered\n${logs()}`);
      return dumpContacts(wsPort);
    },
    isRunning: (server) => servers[server]?.isRunning() ?? false,
    pid: (server) => (servers[server]?.isRunning() ? servers[server]?.pid : undefined),
    async kill(server) {
      await servers[server]?.kill();
    },
    async restart(server) {
      if (stopping) throw new SipRigError('stopped', 'restart: the rig is stopped');
      await servers[server]?.stop();
      await startServer(server);
    },
    async setPassword(extension, password) {
      if (typeof extension !== 'string' || !Object.hasOwn(ha1ByExtension, extension)) {
        throw new TypeError(`setPassword: '${String(extension)}' is not one of the rig's extensions`);
      }
      if (typeof password !== 'string' || password.length === 0) throw new TypeError(`setPassword: extension ${extension} needs a non-empty password`);
      if (stopping) throw new SipRigError('stopped', 'setPassword: the rig is stopped');
      const digest = ha1(extension, password);
      ha1ByExtension[extension] = digest;
      await writeConfig();
      // A kamailio that is down reads the new config when it starts again.
      if (servers.kamailio?.isRunning()) await kamailioRpc(wsPort, 'htable.sets', ['ha1', extension, digest]);
    },
    on: (event, listener) => emitter.on(event, listener),
    unexpectedExits: () => [...exits],
    logs: (lines) => [logs(lines), ...legs.slice(-2).map((leg) => `--- baresip ${leg.id} ---\n${leg.logTail(lines)}`)].join('\n'),
    stop,
  };
  return rig;
}

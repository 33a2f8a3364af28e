/**
 * One caller leg: a customer (baresip) calling an extension through kamailio.
 *
 * Each leg runs its own baresip process. baresip 1.0.0 names sndfile recordings
 * `dump-<YYYY-MM-DD-hh-mm-ss>-dec.wav`, to the second, so two legs answered in the same second of
 * one process would write one file; its ctrl_tcp `hangup` also acts on the "current" call only.
 * A process per leg gives one recording per leg and unambiguous control, for ~100 ms of start-up.
 */
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { baresipAccounts, baresipConfig, type CallerCodec } from './baresipConfig';
import { connectCtrlTcp, type BaresipEvent, type CtrlTcpClient } from './ctrlTcp';
import { Emitter } from './emitter';
import { SipRigError } from './errors';
import { freeTcpPort } from './ports';
import { startProcess, type ProcessExit } from './processes';
import { dialUri, endedFrom } from './dial';
import type { CallerLegEnded, CallerLegEvents, CallerLegPhase, CallerLegState, DialOptions, SipCallerLeg, WaitOptions } from './sipCallerLeg';

export interface LegContext {
  readonly id: string;
  readonly dir: string;
  readonly extension: string;
  readonly options: DialOptions;
  readonly baresip: string;
  readonly modulesDir: string;
  readonly kamailioUdpPort: number;
  readonly rtpPorts: { readonly min: number; readonly max: number };
  readonly audioFiles: { readonly tone: string; readonly silence: string };
  readonly codecs: readonly CallerCodec[];
  readonly startTimeoutMs: number;
  /** Extra context for error messages (kamailio's log tail). */
  readonly serverLogs: () => string;
  readonly onUnexpectedExit: (exit: ProcessExit, log: string) => void;
}

const PHASE_ORDER: Record<CallerLegPhase, number> = { dialing: 0, ringing: 1, answered: 2, ended: 3 };
const DEFAULT_WAIT_MS = 15_000;
const QUIT_GRACE_MS = 3000;
const HANGUP_CONFIRM_MS = 10_000;

export interface StartedLeg {
  readonly leg: SipCallerLeg;
  /** Ends the leg without ceremony (the rig is stopping) and waits for its baresip to exit. */
  dispose(): Promise<void>;
}

export async function startCallerLeg(context: LegContext): Promise<StartedLeg> {
  const { id, dir, extension, options } = context;
  const from = options.from ?? 'customer';
  const recordingDir = join(dir, 'recordings');
  await mkdir(recordingDir, { recursive: true });
  const audio = options.audio ?? 'tone';
  const audioFile = audio === 'tone' ? context.audioFiles.tone : audio === 'silence' ? context.audioFiles.silence : audio.file;
  const codecs = options.codecs ?? context.codecs;
  const ctrlPort = await freeTcpPort();
  await writeFile(join(dir, 'config'), baresipConfig({ modulesDir: context.modulesDir, ctrlPort, rtpPorts: context.rtpPorts, audioFile, recordingDir, codecs }));
  await writeFile(join(dir, 'accounts'), baresipAccounts(from, codecs));

  const emitter = new Emitter<CallerLegEvents>();
  let state: CallerLegState = { phase: 'dialing' };
  let sipCallId: string | undefined;
  let hangupRequested = false;
  let control: CtrlTcpClient | undefined;
  let resolveEnded: (ended: CallerLegEnded) => void = () => undefined;
  const ended = new Promise<CallerLegEnded>((resolve) => (resolveEnded = resolve));
  let finished: Promise<void> | undefined;

  // `baresip` is declared below; these closures run only once it has started.
  const logs = (lines = 40) => `--- baresip ${id} ---\n${baresip.logTail(lines)}\n${context.serverLogs()}`;

  function move(next: CallerLegState): void {
    if (state.phase === 'ended' || PHASE_ORDER[next.phase] <= PHASE_ORDER[state.phase]) return;
    state = next;
    emitter.emit('state', next);
    if (next.phase === 'ringing') emitter.emit('ringing', next);
    if (next.phase === 'answered') emitter.emit('answered', next);
    if (next.phase === 'ended') {
      emitter.emit('ended', next);
      resolveEnded(next);
      finished = finish();
    }
  }

  /** After the end: ask baresip to quit (which closes the WAVs), then keep the heard one. */
  async function finish(): Promise<void> {
    if (baresip.isRunning()) {
      baresip.expectExit();
      await control?.command('quit').catch(() => undefined);
      if ((await within(baresip.exited, QUIT_GRACE_MS)) === 'late') await baresip.stop();
    }
    control?.close();
  }

  function onEvent(event: BaresipEvent): void {
    if (event.id && !sipCallId) sipCallId = event.id;
    switch (event.type) {
      case 'CALL_RINGING':
      case 'CALL_PROGRESS':
        move({ phase: 'ringing' });
        break;
      case 'CALL_ESTABLISHED':
        move({ phase: 'answered' });
        break;
      case 'CALL_CLOSED':
        move(endedFrom(event.param ?? '', hangupRequested, state.phase === 'answered'));
        break;
    }
  }

  const baresip = await startProcess(
    {
      name: `baresip ${id}`,
      command: context.baresip,
      args: ['-f', dir],
      cwd: dir,
      probe: () => canConnect(ctrlPort),
      readyTimeoutMs: context.startTimeoutMs,
    },
    (exit, log) => {
      move({ phase: 'ended', reason: 'failed', detail: `baresip exited unexpectedly (code ${exit.code}, signal ${exit.signal})`, wasAnswered: state.phase === 'answered' });
      context.onUnexpectedExit(exit, log);
    },
  );

  try {
    control = await connectCtrlTcp(ctrlPort, onEvent, () => undefined);
    const response = await control.command('dial', dialUri(extension, context.kamailioUdpPort, options.headers));
    if (!response.ok) throw new SipRigError('serverError', `baresip refused to dial ${extension}: ${response.data}\n${logs()}`);
  } catch (error) {
    await baresip.kill();
    control?.close();
    throw error;
  }

  const leg: SipCallerLeg = {
    id,
    extension,
    from,
    startupMs: baresip.startupMs,
    get sipCallId() {
      return sipCallId;
    },
    get state() {
      return state;
    },
    on: (event, listener) => emitter.on(event, listener),
    waitFor<P extends CallerLegPhase>(phase: P, waitOptions: WaitOptions = {}) {
      type Reached = Extract<CallerLegState, { phase: P }>;
      const timeoutMs = waitOptions.timeoutMs ?? DEFAULT_WAIT_MS;
      return new Promise<Reached>((resolve, reject) => {
        const check = (current: CallerLegState): boolean => {
          if (current.phase === phase || (phase !== 'ended' && current.phase !== 'ended' && PHASE_ORDER[current.phase] > PHASE_ORDER[phase])) {
            resolve(current as Reached);
            return true;
          }
          if (current.phase === 'ended') {
            const status = current.status ? ` ${current.status}` : '';
            reject(new SipRigError('legEnded', `${id} to ${extension} ended (${current.reason}${status}: ${current.detail}) before ${phase}\n${logs()}`));
            return true;
          }
          return false;
        };
        if (check(state)) return;
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new SipRigError('timeout', `${id} to ${extension} did not reach '${phase}' within ${timeoutMs} ms (still ${state.phase})\n${logs()}`));
        }, timeoutMs);
        const unsubscribe = emitter.on('state', (next) => {
          if (check(next)) {
            clearTimeout(timer);
            unsubscribe();
          }
        });
      });
    },
    async hangup() {
      if (state.phase === 'ended' || hangupRequested) return ended;
      hangupRequested = true;
      // A refusal means baresip has no call left: its CALL_CLOSED is already on the way.
      await control?.command('hangup').catch(() => undefined);
      if ((await within(ended, HANGUP_CONFIRM_MS)) === 'late') {
        await baresip.kill();
        const wasAnswered = state.phase === 'answered';
        move({ phase: 'ended', reason: wasAnswered ? 'localHangup' : 'cancelled', detail: `baresip did not confirm the hangup within ${HANGUP_CONFIRM_MS} ms and was killed`, wasAnswered });
      }
      return ended;
    },
    async recordingPath() {
      await ended;
      await finished;
      const heard = join(dir, 'heard.wav');
      const files = await readdir(recordingDir);
      const dump = files.find((name) => name.endsWith('-dec.wav'));
      if (dump) await rename(join(recordingDir, dump), heard);
      else if (!(await readdir(dir)).includes('heard.wav')) {
        throw new SipRigError('serverError', `${id} has no recording: the call never carried audio (${state.phase === 'ended' ? state.reason : state.phase})\n${logs()}`);
      }
      return heard;
    },
    logTail: (lines) => baresip.logTail(lines),
  };
  async function dispose(): Promise<void> {
    await baresip.stop();
    move({ phase: 'ended', reason: 'failed', detail: 'the rig was stopped', wasAnswered: state.phase === 'answered' });
    await finished;
  }
  return { leg, dispose };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The promise's value, or 'late' once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startSimulator } from '@wincall/simulator';
import { encodeWav, toneSamples } from '@wincall/simulator/sip';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../../scripts/chromium';
import type { DemoE2eContext } from '../../support/globalSetup';
import { E2E_SEED } from '../../support/seed';
import { AGENT_HZ } from './tones';

export interface DemoSoftphoneContext {
  /** The simulator's SIP WebSocket (`ws://127.0.0.1:<port>`): the pages register there. */
  sipWsUrl: string;
  /** The page-side audio probe (pageAudio.ts, bundled): an init script for every context. */
  pageAudioScript: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoSoftphone: DemoSoftphoneContext;
  }
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const configFile = here('../../../vite.config.ts');
const artifactsDir = here('../../../../../artifacts/e2e-softphone/');

/**
 * The agent's voice for Chromium's fake microphone (looped by Chromium): a 1000 Hz tone whose
 * loudness steps every half second, so the phone's "the microphone sends a constant level" check
 * takes it for a live microphone, and loud enough to count as talking while muted.
 */
function agentVoice(): Buffer {
  const step = (amplitude: number) => toneSamples({ frequencyHz: AGENT_HZ, sampleRate: 48_000, seconds: 0.5, amplitude });
  const parts = Array.from({ length: 8 }, (_, i) => step(i % 2 === 0 ? 0.5 : 0.3));
  const samples = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    samples.set(part, offset);
    offset += part.length;
  }
  return encodeWav(samples, 48_000);
}

/**
 * Softphone mode end to end: one simulator with its SIP servers (kamailio + rtpengine, a baresip
 * per ring) for the whole project, and a production build of the demo pointing at both, served
 * by vite preview. Chromium gets a fake microphone playing the agent's tone; the microphone is
 * allowed per context (a test can leave it out), never by `--use-fake-ui-for-media-stream`.
 */
export default async function setup(project: TestProject) {
  await mkdir(artifactsDir, { recursive: true });
  for (const file of await readdir(artifactsDir)) if (file.endsWith('.png')) await rm(join(artifactsDir, file));
  const workDir = await mkdtemp(join(tmpdir(), 'wincall-demo-softphone-'));
  const microphone = join(workDir, 'agent-voice.wav');
  const outDir = join(workDir, 'demo');
  await writeFile(microphone, agentVoice());

  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    seed: E2E_SEED,
    // Straight back to idle after a call: the scenarios reuse one sign-in for several calls.
    timings: { afterCallWorkSeconds: 0, sessionGrace: 30_000 },
    phone: 'softphone',
    sip: { callerAudioSeconds: 300 },
  }).catch(async (error: unknown) => {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  });
  const sip = simulator.sip;
  const closeAll = async () => {
    await simulator.close();
    await rm(workDir, { recursive: true, force: true });
  };

  let server: Awaited<ReturnType<typeof preview>>;
  let pageAudioScript: string;
  try {
    if (!sip) throw new Error('the simulator started without its SIP side');
    const probe = await bundle({
      entryPoints: [here('./pageAudio.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'silent',
    });
    pageAudioScript = probe.outputFiles[0]?.text ?? '';
    if (pageAudioScript === '') throw new Error('esbuild produced no page audio probe');
    // Vitest runs with NODE_ENV=test; the demo is built as it would be shipped.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
        define: {
          'import.meta.env.VITE_WINCALL_SERVER': JSON.stringify(simulator.url),
          'import.meta.env.VITE_WINCALL_SIMULATOR': JSON.stringify('1'),
          'import.meta.env.VITE_WINCALL_SIP_WS': JSON.stringify(sip.wsUrl),
          'import.meta.env.VITE_WINCALL_SIP_DOMAIN': JSON.stringify(sip.domain),
        },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
  } catch (error) {
    await closeAll();
    throw error;
  }

  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl || !sip) {
    await server.close();
    await closeAll();
    throw new Error('the demo preview server has no local URL');
  }
  const context: DemoE2eContext = {
    appUrl,
    simUrl: simulator.url,
    artifactsDir,
    chromium: {
      executablePath: CHROMIUM_PATH,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${microphone}`,
        '--autoplay-policy=no-user-gesture-required',
        '--disable-features=WebRtcHideLocalIpsWithMdns',
        '--allow-loopback-in-peer-connection',
      ],
    },
  };
  // The shared end-to-end helpers (../e2e.ts) read `demoE2e`: the same shape, this project's values.
  project.provide('demoE2e', context);
  project.provide('demoSoftphone', { sipWsUrl: sip.wsUrl, pageAudioScript });

  return async () => {
    await server.close();
    await closeAll();
  };
}

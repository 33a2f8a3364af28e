/**
 * Node-side commands the browser tests call (`commands.sipDial(…)` from `vitest/browser`): they
 * drive the SIP rig the project's global setup started, and the browser's permissions.
 */
import type { BrowserCommand } from 'vitest/node';
import { measureToneInBlocks, readWav } from '../../../simulator/src/sip';
import type { CallerLegState, SipCallerLeg, SipRig, SipServer } from '../../../simulator/src/sip';
import { RIG_KEY } from './rigSetup';

function rig(): SipRig {
  const found = (globalThis as Record<string, unknown>)[RIG_KEY] as SipRig | undefined;
  if (!found) throw new Error('The SIP rig is not running (the global setup did not start it)');
  return found;
}

function leg(id: string): SipCallerLeg {
  const found = rig().legs().find((l) => l.id === id);
  if (!found) throw new Error(`No caller leg ${id}`);
  return found;
}

export interface RecordingTone {
  seconds: number;
  blockSeconds: number;
  /** Per 0.25 s block: whether the tone beat every other frequency by 20 dB there. */
  present: boolean[];
  toneSeconds: number;
}

const sipDial: BrowserCommand<[extension: string, options?: { from?: string; audio?: 'tone' | 'silence' }]> = async (_ctx, extension, options = {}) => {
  const dialled = await rig().dial(extension, options);
  return dialled.id;
};

const sipWaitFor: BrowserCommand<[id: string, phase: CallerLegState['phase'], timeoutMs?: number]> = async (_ctx, id, phase, timeoutMs = 20_000) => {
  try {
    return await leg(id).waitFor(phase, { timeoutMs });
  } catch (error) {
    // Only plain data crosses to the browser.
    throw new Error(error instanceof Error ? error.message : String(error));
  }
};

const sipLegState: BrowserCommand<[id: string]> = async (_ctx, id) => leg(id).state;

const sipHangup: BrowserCommand<[id: string]> = async (_ctx, id) => leg(id).hangup();

const sipRecordingTone: BrowserCommand<[id: string, frequencyHz: number]> = async (_ctx, id, frequencyHz): Promise<RecordingTone> => {
  const wav = await readWav(await leg(id).recordingPath());
  const size = Math.round(wav.sampleRate / 4);
  const blocks: Float32Array[] = [];
  for (let start = 0; start + size <= wav.samples.length; start += size) blocks.push(wav.samples.subarray(start, start + size));
  const options = { frequencyHz, sampleRate: wav.sampleRate };
  return {
    seconds: wav.seconds,
    blockSeconds: size / wav.sampleRate,
    present: blocks.map((block) => measureToneInBlocks([block], options).toneSeconds > 0),
    toneSeconds: measureToneInBlocks(blocks, options).toneSeconds,
  };
};

const sipIsRegistered: BrowserCommand<[extension: string]> = async (_ctx, extension) => rig().isRegistered(extension);

const sipContacts: BrowserCommand<[extension: string]> = async (_ctx, extension) => rig().contacts(extension);

const sipKill: BrowserCommand<[server: SipServer]> = async (_ctx, server) => rig().kill(server);

const sipRestart: BrowserCommand<[server: SipServer]> = async (_ctx, server) => rig().restart(server);

/**
 * The microphone permission of the test page's origin, as the agent would set it in the
 * browser's site settings: a real refusal by Chromium, not a page-level override of
 * getUserMedia. Allowing goes through Playwright (what the project's context starts with).
 * Blocking withdraws that grant and sets "block" through CDP, naming Playwright's browser context
 * (not the browser's default one); headless Chromium then refuses getUserMedia with
 * NotAllowedError, as it does for an agent who blocked or dismissed the prompt.
 */
const setMicrophonePermission: BrowserCommand<[setting: 'granted' | 'denied']> = async (ctx, setting) => {
  if (setting === 'granted') {
    await ctx.context.clearPermissions();
    await ctx.context.grantPermissions(['microphone']);
    return;
  }
  await ctx.context.clearPermissions();
  const cdp = await ctx.context.newCDPSession(ctx.page);
  try {
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.send('Browser.setPermission', {
      permission: { name: 'microphone' },
      setting,
      origin: new URL(ctx.page.url()).origin,
      ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
    });
  } finally {
    await cdp.detach();
  }
};

export const sipCommands = {
  sipDial,
  sipWaitFor,
  sipLegState,
  sipHangup,
  sipRecordingTone,
  sipIsRegistered,
  sipContacts,
  sipKill,
  sipRestart,
  setMicrophonePermission,
};

type Browserside<F> = F extends (ctx: never, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

declare module 'vitest/browser' {
  interface BrowserCommands {
    sipDial: Browserside<typeof sipDial>;
    sipWaitFor: (id: string, phase: CallerLegState['phase'], timeoutMs?: number) => Promise<CallerLegState>;
    sipLegState: (id: string) => Promise<CallerLegState>;
    sipHangup: (id: string) => Promise<CallerLegState>;
    sipRecordingTone: (id: string, frequencyHz: number) => Promise<RecordingTone>;
    sipIsRegistered: (extension: string) => Promise<boolean>;
    sipContacts: (extension: string) => Promise<string[]>;
    sipKill: (server: SipServer) => Promise<void>;
    sipRestart: (server: SipServer) => Promise<void>;
    setMicrophonePermission: (setting: 'granted' | 'denied') => Promise<void>;
  }
}

/**
 * What the softphone-mode scenarios need besides the demo's shared end-to-end helpers (../e2e.ts):
 * Chromium contexts with the agent's microphone allowed (or not) and the page audio probe, the
 * browser phone's state in the bar, the simulator's SIP side, and what the caller recorded.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { SipPhoneLeg } from '@wincall/simulator';
import { measureToneInBlocks, readWav } from '@wincall/simulator/sip';
import { bar, Desk, launchBrowser, sim, UI_TIMEOUT } from '../../support/e2e';
import type { HeardTone } from './pageAudio';

export { CUSTOMER_HZ, AGENT_HZ } from './tones';

/** A tone "is heard" for at least this long in a measurement (seconds of blocks that held it). */
export const HEARD_SECONDS = 1;

export interface ContextOptions {
  /** Allow the microphone as a site setting (what an agent's earlier "Allow" leaves). Default true. */
  microphone?: boolean;
}

/** The agents' computers: contexts with the page audio probe, the microphone allowed unless told. */
export class SoftphoneDesk extends Desk {
  constructor(private readonly chromium: Browser) {
    super(chromium);
  }

  override async newContext(options: ContextOptions = {}): Promise<BrowserContext> {
    const context = await this.chromium.newContext({
      viewport: { width: 1440, height: 960 },
      locale: 'zh-CN',
      permissions: options.microphone === false ? [] : ['microphone'],
    });
    this.contexts.push(context);
    context.on('weberror', (error) => this.pageErrors.push(error.error().message));
    await context.addInitScript({ content: inject('demoSoftphone').pageAudioScript });
    return context;
  }
}

/**
 * One browser for the file. `scope: 'file'`: one desk for every test (sign-ins reused), closed
 * and checked at the end; `'test'`: a fresh desk per test. Either way the simulator goes back to
 * its seed (sockets, calls, SIP passwords) once the desk is closed.
 */
export function softphoneDesk(scope: 'file' | 'test'): () => SoftphoneDesk {
  let browser: Browser | undefined;
  let desk: SoftphoneDesk | undefined;
  const closeDesk = async () => {
    const closing = desk;
    desk = undefined;
    if (!closing) return;
    await closing.close();
    await sim.reset();
    expect(closing.pageErrors).toEqual([]);
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  if (scope === 'test') afterEach(closeDesk);
  afterAll(async () => {
    await closeDesk();
    await browser?.close();
    if (process.env.SOFTPHONE_E2E_REPORT && Object.keys(measured).length > 0) console.info(`softphone measurements: ${JSON.stringify(measured, null, 2)}`);
  });
  return () => (desk ??= new SoftphoneDesk(browser!));
}

const measured: Record<string, unknown> = {};

/** Keeps a measurement for the file's report (printed with SOFTPHONE_E2E_REPORT=1); returns it. */
export function note<T>(name: string, value: T): T {
  measured[name] = value;
  return value;
}

// ---- the bar -------------------------------------------------------------------------------

/** Waits until the browser phone's badge beside the agent's status is in `state` (`registered`, `reconnecting`, `failed`, `muted`, `speaking`…). */
export async function waitForPhone(page: Page, state: string, timeout = UI_TIMEOUT): Promise<void> {
  await page.locator(`.wincall-bar[role="region"] .wincall-phone-status[data-state="${state}"]`).waitFor({ timeout });
}

/** The bar alone (for the README), in artifacts/e2e-softphone/. */
export async function barScreenshot(page: Page, name: string): Promise<void> {
  await bar(page).screenshot({ path: join(inject('demoE2e').artifactsDir, `${name}.png`) });
}

/** Measures a tone in what the page plays as the call's audio (see pageAudio.ts). */
export function heard(page: Page, frequencyHz: number, seconds = 2): Promise<HeardTone> {
  return page.evaluate(([hz, s]) => window.pageAudio.measure(hz, s), [frequencyHz, seconds] as const);
}

// ---- the simulator's SIP side ----------------------------------------------------------------

export interface SipState {
  phone: 'softphone';
  wsUrl: string;
  domain: string;
  registered: string[] | null;
  contacts: Record<string, string[]> | null;
}

export async function sipState(): Promise<SipState> {
  const response = await fetch(`${inject('demoE2e').simUrl}/sim/sip`);
  if (!response.ok) throw new Error(`GET /sim/sip: ${response.status}`);
  return (await response.json()) as SipState;
}

/** The SIP legs that rang `extension` for `callId`, oldest first. */
export async function sipLegs(callId: string, extension?: string): Promise<SipPhoneLeg[]> {
  const response = await fetch(`${inject('demoE2e').simUrl}/sim/sip/legs?callId=${encodeURIComponent(callId)}`);
  if (!response.ok) throw new Error(`GET /sim/sip/legs: ${response.status}`);
  const legs = (await response.json()) as SipPhoneLeg[];
  return extension === undefined ? legs : legs.filter((leg) => leg.extension === extension);
}

/** Polls until the latest leg of `callId` to `extension` matches `expected`; returns it. */
export async function expectLeg(callId: string, extension: string, expected: Partial<SipPhoneLeg>, timeout = UI_TIMEOUT): Promise<SipPhoneLeg> {
  await expect.poll(async () => (await sipLegs(callId, extension)).at(-1), { timeout, interval: 100 }).toMatchObject(expected);
  return (await sipLegs(callId, extension)).at(-1)!;
}

/** The WAV of what the caller heard on the (ended, answered) leg of `callId` to `extension`. */
export async function recordingOf(callId: string, extension: string): Promise<string> {
  const leg = await expectLeg(callId, extension, { phase: 'ended', recording: expect.any(String) as unknown as string });
  return leg.recording!;
}

const BLOCK_SECONDS = 0.25;

/**
 * The recording as a line of quarter seconds: `T` where the tone is there (it beats every other
 * frequency by 20 dB), `.` where it is not. `T{4,}\.{8,}T{4,}` reads "a second of tone, two of
 * silence, a second of tone".
 */
export async function toneTimeline(path: string, frequencyHz: number): Promise<string> {
  const wav = await readWav(path);
  const size = Math.round(wav.sampleRate * BLOCK_SECONDS);
  let line = '';
  for (let start = 0; start + size <= wav.samples.length; start += size) {
    const block = wav.samples.subarray(start, start + size);
    line += measureToneInBlocks([block], { frequencyHz, sampleRate: wav.sampleRate }).toneSeconds > 0 ? 'T' : '.';
  }
  return line;
}

/** Seconds of tone in a timeline. */
export const toneSecondsIn = (timeline: string) => (timeline.split('T').length - 1) * BLOCK_SECONDS;

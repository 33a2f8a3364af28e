/**
 * The browser phone (issue 23), in headless Chromium with a fake microphone, against the
 * simulator in softphone mode (kamailio + rtpengine, a baresip per call):
 * - INVITE received → ringing shown: from the INVITE reaching the page (the phone's `sip` event)
 *   until the agent both sees the bar's Answer button (the animation frame that paints it enabled)
 *   and hears the ring tone (its `playing` event). The bar rings on the CTI's ring, which usually
 *   comes first: Answer waits for the SIP ring when clicked before it. So also CTI ring → Answer;
 * - Answer click → first audio packet received: the bar's own Answer button clicked → the call's
 *   peer connection reporting its first inbound RTP packet (`getStats()`, polled every ~5 ms);
 * - CPU of the page: CDP `Performance.getMetrics` (TaskDuration, ScriptDuration: the page's main
 *   thread) and every Chromium process's CPU time (`SystemInfo.getProcessInfo`: WebRTC's threads,
 *   the audio and network services), over 10 s windows signed in and idle, then in a connected call;
 * - the phone's size on demand and the CRM page without it, from the bundle section's measures.
 * Targets are printed, never asserted.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { startSimulator, type RunningSimulator } from '../../packages/simulator/src/index';
import type { AnswerTimes, PhoneBenchApi, RingTimes } from '../page/phone';
import { BUNDLES, measureBundles } from '../bundles';
import { buildPage, CHROMIUM_PATH, servePage } from '../lib/browser';
import { ms } from '../lib/format';
import { row, type ResultRow, type SectionResult } from '../lib/results';
import { percentile } from '../lib/stats';
import { CHROMIUM_ARGS } from '../../scripts/chromium';
import { phoneRows } from './bundle';

const RING_TARGET_P95_MS = 100;
const CTI_TARGET_P95_MS = 50;
const ANSWER_TARGET_P95_MS = 500;
const CPU_WINDOW_MS = 10_000;
/** A call's audio settles (jitter buffer, first quality samples) before its CPU is measured. */
const SETTLE_MS = 2_000;

/** What the demo's softphone tests give Chromium too (issue 23): a fake microphone, audio without a click, ICE on loopback. */
const PHONE_ARGS = [
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--allow-loopback-in-peer-connection',
];

type PhoneWindow = Window & { __benchPhone: PhoneBenchApi };

interface CallRun {
  ring: RingTimes;
  answer: AnswerTimes;
}

interface CpuWindow {
  seconds: number;
  /** The page's main thread: all its tasks, and the script part of them, as % of one core. */
  taskPercent: number;
  scriptPercent: number;
  /** Every Chromium process (browser, renderer, GPU, audio, network…), as % of one core. */
  chromiumPercent: number;
  /** The same, per process type. */
  byType: Record<string, number>;
}

export async function runPhone(options: { quick: boolean; log: (line: string) => void }): Promise<SectionResult> {
  const runs = options.quick ? 3 : 20;
  const windows = options.quick ? 1 : 3;
  const sim = await startSimulator({
    port: 0,
    phone: 'softphone',
    // Straight back to idle after each call; the bench places them one after another.
    timings: { afterCallWorkSeconds: 0, sessionGrace: 60_000 },
    sip: { callerAudioSeconds: 120 },
  });
  let browser: Browser | null = null;
  let served: Awaited<ReturnType<typeof servePage>> | null = null;
  try {
    if (!sim.sip) throw new Error('the simulator started without its SIP side');
    served = await servePage(await buildPage({ profiling: false, entry: 'bench/page/phoneMain.ts' }), 'phone');
    // A browser of its own: the flags above, and nothing else in it while its CPU is measured.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...PHONE_ARGS] });
    const context = await browser.newContext({ permissions: ['microphone'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window as unknown as Partial<PhoneWindow>).__benchPhone !== undefined);
    await page.evaluate((o) => (window as unknown as PhoneWindow).__benchPhone.start(o), {
      simUrl: sim.url,
      sipWsUrl: sim.sip.wsUrl,
      sipDomain: sim.sip.domain,
    });

    // The agent's first call of the session opens the microphone and the audio devices: apart.
    options.log('first call (the microphone opens)');
    const first = await call(page, sim, 0);
    const calls: CallRun[] = [];
    for (let i = 1; i <= runs; i++) {
      options.log(`call ${i}/${runs}`);
      calls.push(await call(page, sim, i));
    }

    const pageCdp = await context.newCDPSession(page);
    await pageCdp.send('Performance.enable');
    const browserCdp = await browser.newBrowserCDPSession();
    const idle: CpuWindow[] = [];
    for (let i = 0; i < windows; i++) {
      options.log(`CPU, signed in and idle: window ${i + 1}/${windows}`);
      idle.push(await cpuWindow(pageCdp, browserCdp));
    }
    const inCall: CpuWindow[] = [];
    await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.arm());
    const { callId } = await placeCall(sim, 9999);
    await ringAndAnswer(page);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (let i = 0; i < windows; i++) {
      options.log(`CPU, in a connected call: window ${i + 1}/${windows}`);
      if (!(await connected(page))) throw new Error('the call was no longer connected when its CPU window started');
      inCall.push(await cpuWindow(pageCdp, browserCdp));
    }
    if (!(await connected(page))) throw new Error('the call ended during its CPU windows');
    await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.hangUp());
    await legEnded(sim, callId);
    await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.stop());
    if (errors.length > 0) throw new Error(`the phone page failed: ${errors.join('; ')}`);

    const sizes = await measureBundles(BUNDLES.filter((bundle) => bundle.id === 'crm' || bundle.id === 'crmEn' || bundle.id === 'phone'));
    const rows = [
      ...latencyRows(first, calls),
      cpuRow('CPU of the page, signed in and idle (registered, no call)', idle),
      cpuRow('CPU of the page during a connected call (audio both ways)', inCall),
      ...phoneRows(new Map(sizes.map((size) => [size.id, size]))).map((r) => ({ ...r, section: 'phone' })),
    ];
    return { rows, data: { first, calls, cpu: { windowMs: CPU_WINDOW_MS, idle, inCall } } };
  } finally {
    await browser?.close();
    if (served) {
      const { server } = served;
      await new Promise((resolve) => server.close(resolve));
    }
    await sim.close();
  }
}

const connected = (page: Page) => page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.inCall());

/** A customer calls presales (6250), whose only agent is 1001. */
async function placeCall(sim: RunningSimulator, index: number): Promise<{ callId: string }> {
  const response = await fetch(`${sim.url}/sim/calls`, {
    method: 'POST',
    body: JSON.stringify({ caller: `1390000${String(index).padStart(4, '0')}`, queueId: 6250 }),
  });
  if (!response.ok) throw new Error(`POST /sim/calls: ${response.status} ${await response.text()}`);
  return (await response.json()) as { callId: string };
}

async function ringAndAnswer(page: Page): Promise<CallRun> {
  const ring = await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.ringShown());
  const answer = await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.answer());
  return { ring, answer };
}

/** One call: armed before it is placed, rung, answered, hung up; the simulator's SIP leg ended before the next. */
async function call(page: Page, sim: RunningSimulator, index: number): Promise<CallRun> {
  await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.arm());
  const { callId } = await placeCall(sim, index);
  const run = await ringAndAnswer(page);
  await page.evaluate(() => (window as unknown as PhoneWindow).__benchPhone.hangUp());
  await legEnded(sim, callId);
  return run;
}

async function legEnded(sim: RunningSimulator, callId: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(sim.sip?.legs() ?? []).some((leg) => leg.callId === callId && leg.phase === 'ended')) {
    if (Date.now() > deadline) throw new Error(`the SIP leg of ${callId} did not end within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function metrics(pageCdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await pageCdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function processTimes(browserCdp: CDPSession): Promise<Map<number, { type: string; cpuTime: number }>> {
  // The protocol's types name it, but playwright-core's copy of them may not: read it as the protocol documents it.
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
  return new Map(processInfo.map((process) => [process.id, { type: process.type, cpuTime: process.cpuTime }]));
}

/** CPU over one window of CPU_WINDOW_MS, from the page's main-thread counters and Chromium's processes. */
async function cpuWindow(pageCdp: CDPSession, browserCdp: CDPSession): Promise<CpuWindow> {
  const [before, processesBefore] = await Promise.all([metrics(pageCdp), processTimes(browserCdp)]);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, CPU_WINDOW_MS));
  const [after, processesAfter] = await Promise.all([metrics(pageCdp), processTimes(browserCdp)]);
  const seconds = (performance.now() - started) / 1000;
  const share = (cpuSeconds: number) => (cpuSeconds / seconds) * 100;
  const byType: Record<string, number> = {};
  let chromium = 0;
  for (const [id, { type, cpuTime }] of processesAfter) {
    // A process started during the window counts from zero.
    const used = cpuTime - (processesBefore.get(id)?.cpuTime ?? 0);
    byType[type] = (byType[type] ?? 0) + share(used);
    chromium += used;
  }
  return {
    seconds,
    taskPercent: share((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)),
    scriptPercent: share((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)),
    chromiumPercent: share(chromium),
    byType,
  };
}

const stat = (values: number[]) => `median ${ms(percentile(values, 50))} · p95 ${ms(percentile(values, 95))} · max ${ms(Math.max(...values))}`;

function latencyRows(first: CallRun, calls: CallRun[]): ResultRow[] {
  const rings = calls.map((c) => c.ring);
  // From the INVITE until the agent both sees Answer and hears the ring: whichever comes last.
  const shownAndHeard = rings.map((r) => Math.max(r.answerFrameAt, r.ringPlayingAt) - r.inviteAt);
  const legRinging = rings.map((r) => r.legRingingAt - r.inviteAt);
  const tone = rings.map((r) => r.ringPlayingAt - r.legRingingAt);
  const answerFirst = rings.filter((r) => r.answerFrameAt < r.inviteAt).length;
  const ctiToAnswer = rings.map((r) => r.answerFrameAt - r.ctiAt);
  const ctiToInvite = rings.map((r) => r.inviteAt - r.ctiAt);
  const packet = calls.map((c) => c.answer.firstPacketMs);
  const connected = calls.map((c) => c.answer.connectedMs);
  const firstRing = first.ring;
  return [
    row(
      'phone',
      `INVITE received → ringing shown and heard (Answer painted and ring tone playing, whichever is last; ${calls.length} calls)`,
      `${stat(shownAndHeard)} · of which INVITE → the phone's leg ringing median ${ms(percentile(legRinging, 50))}, then → the ring tone playing median ${ms(percentile(tone, 50))} · Answer already painted (from the CTI ring) in ${answerFirst} of ${calls.length} · first call ${ms(Math.max(firstRing.answerFrameAt, firstRing.ringPlayingAt) - firstRing.inviteAt)}`,
      `p95 ≤ ${ms(RING_TARGET_P95_MS)}`,
      percentile(shownAndHeard, 95) <= RING_TARGET_P95_MS,
    ),
    row(
      'phone',
      `CTI ring received → Answer on screen (painted frame; ${calls.length} calls)`,
      `${stat(ctiToAnswer)} · the INVITE came median ${ms(percentile(ctiToInvite, 50))} after the CTI ring (the simulator starts a baresip per ring) · first call ${ms(firstRing.answerFrameAt - firstRing.ctiAt)}`,
      `p95 ≤ ${ms(CTI_TARGET_P95_MS)}`,
      percentile(ctiToAnswer, 95) <= CTI_TARGET_P95_MS,
    ),
    row(
      'phone',
      `Answer click → first audio packet received (${calls.length} calls)`,
      `${stat(packet)} (bar connected: median ${ms(percentile(connected, 50))}) · first call of the session ${ms(first.answer.firstPacketMs)}`,
      `p95 ≤ ${ms(ANSWER_TARGET_P95_MS)}`,
      percentile(packet, 95) <= ANSWER_TARGET_P95_MS,
    ),
  ];
}

function cpuRow(measure: string, windows: CpuWindow[]): ResultRow {
  const median = (pick: (w: CpuWindow) => number) => percentile(windows.map(pick), 50);
  const pct = (value: number) => `${value.toFixed(1)} %`;
  const types = Object.keys(windows[0]?.byType ?? {}).sort();
  const byType = types.map((type) => `${type} ${pct(median((w) => w.byType[type] ?? 0))}`).join(', ');
  return row(
    'phone',
    `${measure}, % of one core (median of ${windows.length} × ${CPU_WINDOW_MS / 1000} s)`,
    `page main thread ${pct(median((w) => w.taskPercent))} (script ${pct(median((w) => w.scriptPercent))}) · all Chromium ${pct(median((w) => w.chromiumPercent))} (${byType})`,
  );
}

/**
 * The browser-phone benchmark in the page (bench/sections/phone.ts drives it): the bar in softphone
 * mode against the simulator's SIP servers, and the moments a ring and an answer go through, on
 * the page's clock.
 */
import { createRoot, type Root } from 'react-dom/client';
import { createWinCallClient, type WinCallClient } from '@wincall/core';
import { browserPhone } from '@wincall/phone';
import { SoftphoneBar, WinCallProvider } from '@wincall/react';
import { sleep, waitForDom } from './harness';
import { peerConnections, soundStarted } from './phoneProbes';

/** One ring, on the page's clock (`performance.now()`, ms). */
export interface RingTimes {
  /** The CTI ring (MT 3 PhoSta 5) handed to the client. */
  ctiAt: number;
  /** The INVITE reaching the page (the phone's `sip` event). */
  inviteAt: number;
  /** The bar's Answer button enabled in the DOM. */
  answerDomAt: number;
  /** The first animation frame with it (the frame that paints it). */
  answerFrameAt: number;
  /** The browser phone's leg ringing (its state: the 180 is on its way). */
  legRingingAt: number;
  /** The ring tone playing (its audio element's `playing` event). */
  ringPlayingAt: number;
}

export interface AnswerTimes {
  /** Click on Answer → the first inbound RTP packet (`getStats()` inbound-rtp `packetsReceived > 0`), ms. */
  firstPacketMs: number;
  /** Click on Answer → the bar showing the call connected (the CTI's answer), ms. */
  connectedMs: number;
  /** `getStats()` polls it took (one every ~5 ms): the resolution of `firstPacketMs`. */
  polls: number;
}

interface Mounted {
  client: WinCallClient;
  container: HTMLElement;
  root: Root;
}

let mounted: Mounted | null = null;

interface Armed {
  inviteAt: number | null;
  legRingingAt: number | null;
  ringPlayingAt: number | null;
  off(): void;
}

let armed: Armed | null = null;
/** When the client last received a CTI ring (its logger's `received` entries). */
let ctiRingAt: number | null = null;

const current = (): Mounted => {
  if (!mounted) throw new Error('the phone page is not started');
  return mounted;
};
const barOf = (m: Mounted) => m.container.querySelector<HTMLElement>('.wincall-bar');
/** The browser phone's Answer button, once the phone can take the ringing call (not disabled, not pending). */
const answerButton = (m: Mounted) => m.container.querySelector<HTMLButtonElement>('.wincall-action[data-variant="answer"][data-state="enabled"] > button');
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * The bar as a CRM page in softphone mode mounts it: a provider with a client whose `phone` loads
 * `@wincall/phone` on demand, against the simulator and its SIP server. Agent 1001 signs in; the
 * extension 8001 registers with the phone password INIT hands out.
 */
async function start(options: { simUrl: string; sipWsUrl: string; sipDomain: string }): Promise<void> {
  const client = createWinCallClient({
    serverUrl: options.simUrl,
    apiUrl: options.simUrl,
    vccCode: 'demo',
    loginDelay: 0,
    logger: (entry) => {
      const event = entry.data as { type?: string; signal?: string } | undefined;
      if (entry.message === 'received' && event?.type === 'call' && event.signal === 'ringing') ctiRingAt = performance.now();
    },
    phone: browserPhone({ wsUrl: options.sipWsUrl, domain: options.sipDomain }),
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <WinCallProvider client={client} locale="en">
      <SoftphoneBar />
    </WinCallProvider>,
  );
  mounted = { client, container, root };
  await client.login({ agentNum: '1001', password: '1234', extension: '8001' });
  await waitForDom(container, () => barOf(current())?.dataset.state === 'idle', 10_000);
  await waitFor(() => client.phone?.getState().registration === 'registered', 20_000, 'the phone did not register');
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/** Listens for the next ring: the CTI frame, the INVITE (the phone's `sip` event), the ring tone. Call before placing the call. */
function arm(): void {
  const m = current();
  armed?.off();
  ctiRingAt = null;
  const state: Armed = { inviteAt: null, legRingingAt: null, ringPlayingAt: null, off: () => undefined };
  const offSip = m.client.phone!.on('sip', (message) => {
    if (state.inviteAt === null && message.direction === 'in' && message.summary.startsWith('INVITE')) state.inviteAt = performance.now();
  });
  const onSound = (at: number) => {
    state.ringPlayingAt ??= at;
  };
  soundStarted.add(onSound);
  const offLeg = m.client.phone!.store.subscribe((phone) => {
    if (state.legRingingAt === null && phone.leg?.phase === 'ringing') state.legRingingAt = performance.now();
  });
  state.off = () => {
    offSip();
    offLeg();
    soundStarted.delete(onSound);
  };
  armed = state;
}

/** Waits until the armed ring is on screen (the Answer button enabled, then the frame that paints it), has reached the phone and rings. */
async function ringShown(timeoutMs = 20_000): Promise<RingTimes> {
  const m = current();
  const state = armed;
  if (!state) throw new Error('arm() first');
  await waitForDom(m.container, () => answerButton(m) !== null, timeoutMs);
  const answerDomAt = performance.now();
  const answerFrameAt = await nextFrame();
  await waitFor(
    () => state.inviteAt !== null && state.legRingingAt !== null && state.ringPlayingAt !== null && ctiRingAt !== null,
    timeoutMs,
    'no INVITE, ringing leg, ring tone or CTI ring',
  );
  state.off();
  armed = null;
  return { ctiAt: ctiRingAt!, inviteAt: state.inviteAt!, answerDomAt, answerFrameAt, legRingingAt: state.legRingingAt!, ringPlayingAt: state.ringPlayingAt! };
}

/** Inbound RTP packets of a peer connection's audio so far. */
async function packetsReceived(pc: RTCPeerConnection): Promise<number> {
  let received = 0;
  (await pc.getStats()).forEach((report: { type: string; kind?: string; packetsReceived?: number }) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') received += report.packetsReceived ?? 0;
  });
  return received;
}

/**
 * Clicks Answer as the agent would (the bar's own button) and polls `getStats()` of the peer
 * connection the phone creates for it, every ~5 ms, until the first inbound audio packet.
 */
async function answer(timeoutMs = 20_000): Promise<AnswerTimes> {
  const m = current();
  const button = answerButton(m);
  if (!button) throw new Error('no enabled Answer button');
  let connectedAt: number | null = null;
  const bar = barOf(m)!;
  const observer = new MutationObserver(() => {
    if (connectedAt === null && bar.dataset.state === 'connected') connectedAt = performance.now();
  });
  observer.observe(bar, { attributes: true, attributeFilter: ['data-state'] });
  const clickedAt = performance.now();
  button.click();
  const deadline = clickedAt + timeoutMs;
  let polls = 0;
  let firstPacketAt: number | null = null;
  try {
    while (firstPacketAt === null) {
      if (performance.now() > deadline) throw new Error(`no inbound audio packet within ${timeoutMs} ms of the click`);
      // The phone's peer connection for this call: created on the answer, or already with the
      // ring; those of earlier calls are closed.
      const pc = [...peerConnections].reverse().find((candidate) => candidate.signalingState !== 'closed');
      if (pc) {
        polls++;
        if ((await packetsReceived(pc)) > 0) firstPacketAt = performance.now();
      }
      if (firstPacketAt === null) await sleep(5);
    }
    await waitFor(() => connectedAt !== null, timeoutMs, 'the bar did not show the call connected');
  } finally {
    observer.disconnect();
  }
  return { firstPacketMs: firstPacketAt - clickedAt, connectedMs: connectedAt! - clickedAt, polls };
}

/** Hangs up through the client (the bar's Hang up runs the same command) and waits until the bar and the phone are idle. */
async function hangUp(timeoutMs = 20_000): Promise<void> {
  const m = current();
  await m.client.hangup();
  await waitForDom(m.container, () => barOf(m)?.dataset.state === 'idle', timeoutMs);
  await waitFor(() => m.client.phone?.getState().leg === null, timeoutMs, 'the browser leg did not end');
}

/** Whether the connected call's audio is flowing in: for the CPU window. */
function inCall(): boolean {
  const m = current();
  return barOf(m)?.dataset.state === 'connected' && m.client.phone?.getState().leg?.phase === 'connected';
}

function stop(): void {
  if (!mounted) return;
  armed?.off();
  armed = null;
  mounted.root.unmount();
  mounted.client.destroy();
  mounted.container.remove();
  mounted = null;
}

export const phone = { start, arm, ringShown, answer, hangUp, inCall, stop };
export type PhoneBenchApi = typeof phone;

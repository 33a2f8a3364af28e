/**
 * How the browser-phone stories reach each state of the phone (softphone mode, `phone` in the
 * world's options): the agent signs in and the device registers with the story's PBX, the SIP
 * server goes away, the agent allows (or the browser refuses) the microphone, a customer calls and
 * the agent answers in the browser, mutes, speaks while muted, the network degrades. Each resolves
 * once the client and its phone show the state; no store value is set by hand.
 */
import type { CallQuality, PhoneHandle, PhoneState } from '@wincall/core';
import { queueCall, signIn, type Scenario } from './scenarios';
import { until, untilPhase } from './until';
import type { LiveWorld } from './world';

const WAIT_MS = 5000;

/** The network under a poor call: RTT 450 ms, 5 % loss, MOS 3.1 (Twilio's thresholds: > 400 ms, > 3 %, < 3.5). */
export const POOR_QUALITY: CallQuality = {
  rttMs: 450,
  jitterMs: 12,
  packetLossPercent: 5,
  mos: 3.1,
  warnings: ['highRtt', 'highPacketLoss', 'lowMos'],
};

/** How loud the agent speaks into the microphone (0–1; the device counts ≥ 0.3 as heard). */
export const VOICE = 0.6;

function phoneOf(world: LiveWorld): PhoneHandle {
  const phone = world.client.phone;
  if (!phone) throw new Error('this story has no browser phone: give its world `phone` options');
  return phone;
}

/** The story's fake device, once the client has loaded it. */
function deviceOf(world: LiveWorld) {
  const device = world.pbx?.phone;
  if (!device) throw new Error('the browser phone has not been loaded yet');
  return device;
}

/** Resolves once the phone's state satisfies `predicate`; rejects after a bounded wait with what it saw. */
export function untilPhone(world: LiveWorld, what: string, predicate: (state: PhoneState) => boolean): Promise<PhoneState> {
  const { store } = phoneOf(world);
  if (predicate(store.getState())) return Promise.resolve(store.getState());
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    const unsubscribe = store.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
    const timer = setTimeout(() => {
      stop();
      const { device, registration, microphone, leg, failure } = store.getState();
      const seen = JSON.stringify({ device, registration, microphone, leg: leg?.phase ?? null, failure: failure?.code ?? null });
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for the phone: ${what}; last state ${seen}`));
    }, WAIT_MS);
  });
}

const untilRegistration = (world: LiveWorld, registration: PhoneState['registration']) =>
  untilPhone(world, `registration ${registration}`, (state) => state.device === 'ready' && state.registration === registration);

/** Signed in, the registrar has not answered yet (a world whose registrar is `silent`). */
export const registering: Scenario = async (world) => {
  await signIn(world);
  await untilRegistration(world, 'registering');
};

/** Signed in; the extension registered with the phone password the server handed over. */
export const registered: Scenario = async (world) => {
  await signIn(world);
  await untilRegistration(world, 'registered');
};

/** The SIP server goes away under a registered phone: it keeps trying. */
export const reconnecting: Scenario = async (world) => {
  await registered(world);
  world.pbx?.goDown();
  await untilRegistration(world, 'reconnecting');
};

/** The registrar refuses the phone password (a world with a wrong `password` option); the bar gives a notice. */
export const registrationFailed: Scenario = async (world) => {
  await signIn(world);
  await untilRegistration(world, 'failed');
  await until(world.client, 'a phoneFailed notice', (state) => state.notices.some((n) => n.kind === 'phoneFailed'));
};

/** The phone's code cannot be downloaded (a world with `unavailable`). */
export const deviceUnavailable: Scenario = async (world) => {
  await signIn(world);
  await untilPhone(world, 'device unavailable', (state) => state.device === 'unavailable');
};

/** Registered; the agent asks for the microphone (Allow, in Audio settings) and the browser answers as set up. */
export const microphoneAsked: Scenario = async (world) => {
  await registered(world);
  const access = await phoneOf(world).requestMicrophone();
  await untilPhone(world, `microphone ${access}`, (state) => state.microphone === access);
};

/** A customer calls the queue: the CTI server rings the agent and the PBX rings the browser. */
export const ringing: Scenario = async (world) => {
  await registered(world);
  await queueCall(world);
  await untilPhone(world, 'the browser ringing', (state) => state.leg?.phase === 'ringing');
};

/** The agent asked for the microphone and the browser refused; then a customer calls. */
export const ringingMicrophoneDenied: Scenario = async (world) => {
  await microphoneAsked(world);
  await queueCall(world);
  await untilPhone(world, 'the browser ringing', (state) => state.leg?.phase === 'ringing');
};

/** The agent answers in the browser (the microphone is asked for then): the PBX tells the CTI server. */
export const connected: Scenario = async (world) => {
  await ringing(world);
  await phoneOf(world).answer();
  await untilPhase(world.client, 'connected');
  await untilPhone(world, 'the call connected', (state) => state.leg?.phase === 'connected');
};

export const muted: Scenario = async (world) => {
  await connected(world);
  phoneOf(world).setMuted(true);
  await untilPhone(world, 'muted', (state) => state.muted);
};

/** Muted, and the agent talks anyway: the microphone hears it. */
export const speakingWhileMuted: Scenario = async (world) => {
  await muted(world);
  deviceOf(world).speak(VOICE);
  await untilPhone(world, 'speaking while muted', (state) => state.speakingWhileMuted);
};

/** The network under the call degrades past the thresholds. */
export const poorQuality: Scenario = async (world) => {
  await connected(world);
  deviceOf(world).measure(POOR_QUALITY);
  await untilPhone(world, 'quality warnings', (state) => (state.quality?.warnings.length ?? 0) > 0);
};

/** Registered, microphone allowed, and the agent is talking (for the audio check's meter). */
export const talkingBeforeTheFirstCall: Scenario = async (world) => {
  await microphoneAsked(world);
  deviceOf(world).speak(VOICE);
};

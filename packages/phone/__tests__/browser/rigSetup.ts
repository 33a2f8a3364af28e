import type { TestProject } from 'vitest/node';
import { startSipRig } from '../../../simulator/src/sip';
import type { SipRig } from '../../../simulator/src/sip';
import { CUSTOMER_HZ, EXTENSIONS } from './extensions';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The SIP rig's WebSocket (`ws://127.0.0.1:<port>`) and domain. */
    sipWsUrl: string;
    sipDomain: string;
  }
}

/** Where the browser commands (commands.ts, in this same Node process) find the rig. */
export const RIG_KEY = '__wincallPhoneRig';

/** Browser tests cannot start servers: one SIP rig (kamailio, rtpengine, baresip callers) runs in Node for the project. */
export default async function setup(project: TestProject) {
  const rig: SipRig = await startSipRig({ extensions: EXTENSIONS, callerToneHz: CUSTOMER_HZ, callerAudioSeconds: 120 });
  (globalThis as Record<string, unknown>)[RIG_KEY] = rig;
  project.provide('sipWsUrl', rig.wsUrl);
  project.provide('sipDomain', rig.domain);
  return async () => {
    delete (globalThis as Record<string, unknown>)[RIG_KEY];
    await rig.stop();
  };
}

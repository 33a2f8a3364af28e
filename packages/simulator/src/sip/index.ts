/**
 * The simulator's SIP side (Node only): kamailio + rtpengine + baresip on 127.0.0.1, started and
 * stopped as one rig. See rig.ts for the API and what the servers taught us.
 */
export { startSipRig, type SipRig, type SipRigOptions, type SipRigEvents, type SipRigExit, type SipServer } from './rig';
export type { CallerAudio, CallerLegEndReason, CallerLegEnded, CallerLegEvents, CallerLegPhase, CallerLegState, DialOptions, SipCallerLeg, WaitOptions } from './sipCallerLeg';
export type { CallerCodec } from './baresipConfig';
export { SipRigError, type SipRigErrorCode } from './errors';
export { findSipBinaries } from './binaries';
export { decodeWav, encodeWav, measureToneInWav, readWav, writeToneWav, type Wav } from './audio';
export { levelAt, measureTone, measureToneInBlocks, toneSamples, type MeasureOptions, type ToneMeasurement, type ToneOptions } from './tone';

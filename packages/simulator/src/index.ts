/**
 * @wincall/simulator: a wire-compatible wintel CTI server for tests and demos (Node).
 * The model alone, safe in a browser, is `@wincall/simulator/model`.
 */
export { startSimulator, type SimulatorOptions, type RunningSimulator, type PhoneMode, type SimulatorSip } from './server/startSimulator';
export type { SipPhoneLeg, SipPhonesOptions } from './server/sipPhones';
export * from './replay';
export { simControl, type SimControl } from './control';
export * from './model';

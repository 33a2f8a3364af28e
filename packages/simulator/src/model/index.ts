/**
 * @wincall/simulator/model: the simulated call center without any I/O, safe in a browser.
 * Storybook runs it in the page as a `MemoryServer` for the core client.
 */
export { createModel, type SimulatorModel, type ModelOptions } from './createModel';
export type { ModelConnection } from './sessions';
export type { PhoneKind, PhoneLines, PhoneReport, PhoneReporter, PhoneRing, PhoneSystem } from './phones';
export type { Peer, Phase, CallKind, CallState, LegAccount, LegEnd, LegRole } from './types';
export type { Outcome, PlaceCallInput, ForcedState, FaultKind } from './control';
export type { Snapshot, AgentSnapshot, CallSnapshot, QueueSnapshot } from './snapshot';
export type { AgentStatus } from './status';
export type { DirectoryAnswer, DirectoryList } from './directory';
export { outsideOutcome, type OutsideOutcome } from './outside';
export { defaultScheduler, type Scheduler } from './scheduler';
export { DEFAULT_SEED, parseSeed } from '../seed';
export type { Seed, SeedTenant, SeedAgent, SeedExtension, SeedQueue, SeedBusyReason, SeedAutoDialProject } from '../seed';
export { INSTANT, HUMAN, resolveTimings } from '../timings';
export type { Timings, TimingsInput, TimingsPreset } from '../timings';

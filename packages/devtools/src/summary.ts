// The summary a bug report keeps of each state lives in the core, where the simulator's replay
// computes the same from a live client.
export { summarizeState, type StateSummary } from '@wincall/core';

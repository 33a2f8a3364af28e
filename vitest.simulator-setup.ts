import type { TestProject } from 'vitest/node';
import { startSimulator } from './packages/simulator/src/index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a simulator started for browser tests (127.0.0.1, random port, instant timings). */
    simUrl: string;
    /** Its one-way latency in ms (the project's `WINCALL_LATENCY`, default 0). */
    simLatency: number;
  }
}

/** Browser tests cannot start servers: a simulator runs in Node for the whole project. */
export default async function setup(project: TestProject) {
  const latency = Number(project.config.env?.WINCALL_LATENCY ?? 0);
  const sim = await startSimulator({ port: 0, timings: 'instant', latency, jitter: latency / 5 });
  project.provide('simUrl', sim.url);
  project.provide('simLatency', latency);
  return () => sim.close();
}

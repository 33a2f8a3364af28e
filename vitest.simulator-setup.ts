import type { TestProject } from 'vitest/node';
import { startSimulator } from './packages/simulator/src/index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a simulator started for browser tests (127.0.0.1, random port, instant timings). */
    simUrl: string;
  }
}

/** Browser tests cannot start servers: a simulator runs in Node for the whole project. */
export default async function setup(project: TestProject) {
  const sim = await startSimulator({ port: 0, timings: 'instant' });
  project.provide('simUrl', sim.url);
  return () => sim.close();
}

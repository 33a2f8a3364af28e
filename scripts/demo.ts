// `pnpm demo`: starts the bundled simulator and the demo CRM (Vite dev server) together.
// DEMO_PORT (5173) and SIM_PORT (6050) override the ports; SIM_HOST the simulator's bind address.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startSimulator } from '../packages/simulator/src/index';

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const simPort = Number(process.env.SIM_PORT ?? 6050);
const simHost = process.env.SIM_HOST ?? '127.0.0.1';

const simulator = await startSimulator({ host: simHost, port: simPort, timings: 'human' });
const vite = await createServer({
  configFile: fileURLToPath(new URL('../apps/demo/vite.config.ts', import.meta.url)),
  server: { port: demoPort, strictPort: true, host: 'localhost' },
  define: { 'import.meta.env.VITE_WINCALL_SERVER': JSON.stringify(simulator.url) },
});
await vite.listen();

console.log(`\nwincall-kit demo: http://localhost:${demoPort}`);
console.log(`simulator:        ${simulator.url}  (sign in as 1001 / 1234 / extension 8001)\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite.close(), simulator.close()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

// `pnpm demo`: starts the bundled simulator and the demo CRM (Vite dev server) together.
// DEMO_PORT (5173) and SIM_PORT (6050) override the ports; SIM_HOST the simulator's bind address;
// SIM_LATENCY / SIM_JITTER (ms, one way) put the simulator "far away".
// WINCALL_SERVER (+ WINCALL_API, WINCALL_TENANT) point the demo at a real wintel server instead:
// no simulator is started.
// `--phone softphone` (or WINCALL_PHONE=softphone): the agents' phones are in the browser; the
// simulator starts its SIP servers (kamailio + rtpengine on 127.0.0.1) and the page registers
// there. With a real server, WINCALL_SIP_WS (+ WINCALL_SIP_DOMAIN) name its SIP WebSocket server.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, type ViteDevServer } from 'vite';
import { startSimulator, type RunningSimulator } from '../packages/simulator/src/index';
import { SipRigError } from '../packages/simulator/src/sip';

function phoneMode(): 'desk' | 'softphone' {
  let flag: string | undefined;
  try {
    flag = parseArgs({ options: { phone: { type: 'string' } } }).values.phone;
  } catch (error) {
    console.error(`wincall-kit demo: ${error instanceof Error ? error.message : String(error)} (usage: pnpm demo [--phone desk|softphone])`);
    process.exit(2);
  }
  const mode = (flag ?? process.env.WINCALL_PHONE ?? 'desk').trim();
  if (mode !== 'desk' && mode !== 'softphone') {
    console.error(`wincall-kit demo: --phone (or WINCALL_PHONE) must be desk or softphone, not ${mode}`);
    process.exit(2);
  }
  return mode;
}

const phone = phoneMode();

const demoPort = Number(process.env.DEMO_PORT ?? 5173);
const simPort = Number(process.env.SIM_PORT ?? 6050);
const simHost = process.env.SIM_HOST ?? '127.0.0.1';
const realServer = (process.env.WINCALL_SERVER ?? '').trim();
const latency = Number(process.env.SIM_LATENCY ?? 0);
const jitter = Number(process.env.SIM_JITTER ?? 0);

let simulator: RunningSimulator | null = null;
let vite: ViteDevServer | null = null;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([vite?.close(), simulator?.close()]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  let serverUrl = realServer;
  let sip = { wsUrl: (process.env.WINCALL_SIP_WS ?? '').trim(), domain: (process.env.WINCALL_SIP_DOMAIN ?? '').trim() };
  if (!realServer) {
    simulator = await startSimulator({ host: simHost, port: simPort, timings: 'human', latency, jitter, phone });
    // A simulator bound to every interface is still reached through localhost from this machine.
    serverUrl = simHost === '0.0.0.0' || simHost === '::' ? `http://localhost:${simulator.port}` : simulator.url;
    sip = simulator.sip ? { wsUrl: simulator.sip.wsUrl, domain: simulator.sip.domain } : { wsUrl: '', domain: '' };
  } else if (phone === 'softphone' && !sip.wsUrl) {
    throw new Error('--phone softphone with a real server needs WINCALL_SIP_WS (its SIP WebSocket URL, ws:// or wss://)');
  }
  if (phone === 'desk') sip = { wsUrl: '', domain: '' };
  vite = await createServer({
    configFile: fileURLToPath(new URL('../apps/demo/vite.config.ts', import.meta.url)),
    server: { port: demoPort, strictPort: true, host: 'localhost' },
    define: {
      'import.meta.env.VITE_WINCALL_SERVER': JSON.stringify(serverUrl),
      'import.meta.env.VITE_WINCALL_API': JSON.stringify((process.env.WINCALL_API ?? '').trim()),
      'import.meta.env.VITE_WINCALL_TENANT': JSON.stringify((process.env.WINCALL_TENANT ?? '').trim()),
      'import.meta.env.VITE_WINCALL_SIMULATOR': JSON.stringify(realServer ? '' : '1'),
      'import.meta.env.VITE_WINCALL_SIP_WS': JSON.stringify(sip.wsUrl),
      'import.meta.env.VITE_WINCALL_SIP_DOMAIN': JSON.stringify(sip.domain),
    },
  });
  await vite.listen();

  console.log(`\nwincall-kit demo: http://localhost:${demoPort}`);
  if (realServer) console.log(`wintel server:    ${serverUrl}  (tenant ${process.env.WINCALL_TENANT || 'demo'})\n`);
  else {
    const far = latency > 0 ? `, ${latency} ms ± ${jitter} ms away` : '';
    console.log(`simulator:        ${serverUrl}${far}  (sign in as 1001 / 1234 / extension 8001)${sip.wsUrl ? '' : '\n'}`);
  }
  if (sip.wsUrl) console.log(`browser phones:   ${sip.wsUrl}  (SIP domain ${sip.domain || 'from the URL'})\n`);
} catch (error) {
  console.error(`wincall-kit demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  // A missing SIP package is not a port clash: its message already says what to install.
  if (!(error instanceof SipRigError && error.code === 'missingBinary')) {
    console.error('Is another demo or simulator running? Set DEMO_PORT / SIM_PORT to use other ports.');
  }
  await stop(1);
}

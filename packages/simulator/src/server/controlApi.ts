import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultKind, ForcedState, Outcome, PlaceCallInput, SimulatorModel } from '../model';
import { readJsonBody, sendJson } from './http';
import type { Network, NetworkConditions } from './network';
import type { SipServer } from '../sip';
import type { SipPhones } from './sipPhones';

/** What the control API reaches besides the model. */
export interface ControlServices {
  network: Network;
  /** Softphone mode's SIP side; `null` with desk phones. */
  sip: SipPhones | null;
}

type Reply = { status: number; body: unknown };
type Run = (model: SimulatorModel, params: string[], body: Record<string, unknown>, url: URL, services: ControlServices) => Reply | Promise<Reply>;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  run: Run;
}

const seg = '([^/]+)';

/** `tenant` from the body or the query string, for the rare ambiguous agent number or extension. */
function tenantOf(body: Record<string, unknown>, url: URL): string | undefined {
  const value = body.tenant ?? url.searchParams.get('tenant') ?? undefined;
  return typeof value === 'string' ? value : undefined;
}

function reply(outcome: Outcome, okStatus = 200): Reply {
  if (!outcome.ok) return { status: outcome.status, body: { error: outcome.error } };
  const { ok: _ok, ...rest } = outcome;
  return { status: okStatus, body: Object.keys(rest).length > 0 ? rest : { ok: true } };
}

/** The test / demo control surface (README "Control API"). Every route is also a model method. */
const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/sim\/state$/, run: (m) => ({ status: 200, body: m.snapshot() }) },
  {
    method: 'POST',
    pattern: /^\/sim\/calls$/,
    run: (m, _p, body) => reply(m.placeCall(body as unknown as PlaceCallInput), 201),
  },
  { method: 'POST', pattern: new RegExp(`^/sim/calls/${seg}/hangup$`), run: (m, [id]) => reply(m.customerHangup(id ?? '')) },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/calls/${seg}/ivr$`),
    run: (m, [id], body) => reply(m.setIvrDigits(id ?? '', (body.digits ?? '1#') as string)),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/phones/${seg}/answer$`),
    run: (m, [ext], body, url) => reply(m.phoneAnswer(ext ?? '', tenantOf(body, url))),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/phones/${seg}/hangup$`),
    run: (m, [ext], body, url) => reply(m.phoneHangup(ext ?? '', tenantOf(body, url))),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/agents/${seg}/force$`),
    run: (m, [num], body, url) => reply(m.force(num ?? '', body.state as ForcedState, tenantOf(body, url))),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/agents/${seg}/queues$`),
    run: (m, [num], body, url) => reply(m.setQueues(num ?? '', body.queues as number[], tenantOf(body, url))),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/tenants/${seg}/callers$`),
    run: (m, [code], body) => reply(m.setCallers(code ?? '', body.numbers as string[])),
  },
  {
    method: 'POST',
    pattern: /^\/sim\/fault$/,
    run: (m, _p, body, _u, { network }) =>
      body.kind === 'stall' ? networkReply(() => network.stall(body.ms as number)) : reply(m.fault(body.kind as FaultKind)),
  },
  { method: 'GET', pattern: /^\/sim\/network$/, run: (_m, _p, _b, _u, { network }) => ({ status: 200, body: { ...network.state } }) },
  {
    method: 'POST',
    pattern: /^\/sim\/network$/,
    run: (_m, _p, body, _u, { network }) =>
      networkReply(() => {
        const conditions: Partial<NetworkConditions> = {};
        if (body.latency !== undefined) conditions.latency = body.latency as number;
        if (body.jitter !== undefined) conditions.jitter = body.jitter as number;
        network.set(conditions);
        if (body.stall !== undefined) network.stall(body.stall as number);
        return network.state;
      }),
  },
  { method: 'GET', pattern: /^\/sim\/sip$/, run: (_m, _p, _b, _u, { sip }) => sipState(sip) },
  {
    method: 'GET',
    pattern: /^\/sim\/sip\/legs$/,
    run: (_m, _p, _b, url, { sip }) => {
      if (!sip) return NO_SIP;
      const callId = url.searchParams.get('callId');
      return { status: 200, body: sip.legs().filter((leg) => callId === null || leg.callId === callId) };
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/sip/extensions/${seg}/password$`),
    run: (_m, [extension], body, _u, { sip }) => setSipPassword(sip, extension ?? '', body.password),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/sim/sip/servers/${seg}/(kill|restart)$`),
    run: (_m, [server, what], _b, _u, { sip }) => sipServer(sip, server ?? '', what === 'kill' ? 'kill' : 'restart'),
  },
  {
    method: 'POST',
    pattern: /^\/sim\/reset$/,
    run: async (m, _p, _b, _u, { sip }) => {
      m.reset();
      await sip?.restorePasswords();
      return { status: 200, body: { ok: true } };
    },
  },
];

/** Desk phones have no SIP side to show. */
const NO_SIP: Reply = { status: 404, body: { error: "the simulator runs desk phones: start it with phone 'softphone' (--phone softphone) for SIP" } };

/** Softphone mode's SIP side: where to register, and who is registered now (with which contacts). */
async function sipState(sip: SipPhones | null): Promise<Reply> {
  if (!sip) return { status: 200, body: { phone: 'desk' } };
  let contacts: Record<string, string[]> | null;
  try {
    contacts = await sip.contacts();
  } catch (error) {
    // A kamailio that runs and did not answer is an error to see, not "nobody registered".
    if (sip.rig.isRunning('kamailio')) return { status: 503, body: { error: `the SIP registrar did not say who is registered: ${firstLine(error)}` } };
    // kamailio is down (a test crashed it): the URL still holds, nobody is registered right now.
    contacts = null;
  }
  return { status: 200, body: { phone: 'softphone', wsUrl: sip.wsUrl, domain: sip.domain, registered: contacts && Object.keys(contacts), contacts } };
}

const MAX_PASSWORD = 256;

/** The registrar's password for a seed extension, now different from what INIT hands out. */
async function setSipPassword(sip: SipPhones | null, extension: string, password: unknown): Promise<Reply> {
  if (!sip) return NO_SIP;
  if (typeof password !== 'string' || password.length === 0 || password.length > MAX_PASSWORD) {
    return { status: 400, body: { error: `password must be a non-empty string of at most ${MAX_PASSWORD} characters` } };
  }
  try {
    await sip.setPassword(extension, password);
  } catch (error) {
    if (error instanceof TypeError) return { status: 404, body: { error: `no extension ${extension} on the SIP server` } };
    return { status: 503, body: { error: `the SIP server did not take the password: ${firstLine(error)}` } };
  }
  return { status: 200, body: { ok: true } };
}

const SIP_SERVERS: ReadonlySet<string> = new Set<SipServer>(['kamailio', 'rtpengine']);

/** A SIP server crashing (SIGKILL) or coming back mid-shift. */
async function sipServer(sip: SipPhones | null, server: string, what: 'kill' | 'restart'): Promise<Reply> {
  if (!sip) return NO_SIP;
  if (!SIP_SERVERS.has(server)) return { status: 404, body: { error: `no SIP server ${server}: kamailio or rtpengine` } };
  const name = server as SipServer;
  try {
    await (what === 'kill' ? sip.rig.kill(name) : sip.rig.restart(name));
  } catch (error) {
    return { status: 503, body: { error: `${server} could not ${what === 'kill' ? 'be killed' : 'start again'}: ${firstLine(error)}` } };
  }
  return { status: 200, body: { server, running: sip.rig.isRunning(name) } };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Network settings are checked by the network itself: a bad value is a 400 with its reason. */
function networkReply(change: () => unknown): Reply {
  try {
    return { status: 200, body: change() };
  } catch (error) {
    return { status: 400, body: { error: (error as Error).message } };
  }
}

export function isControlPath(pathname: string): boolean {
  return pathname === '/sim' || pathname.startsWith('/sim/');
}

/**
 * Values handed to the model are checked there, at run time: the casts above only name the
 * type the model expects, not a promise that the JSON has it.
 */
export async function handleControl(
  model: SimulatorModel,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
  services: ControlServices,
): Promise<void> {
  const method = req.method ?? 'GET';
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(url.pathname);
    if (!match) continue;
    let params: string[];
    try {
      params = match.slice(1).map((p) => decodeURIComponent(p));
    } catch {
      sendJson(res, 400, { error: 'malformed path' });
      return;
    }
    const body = method === 'POST' ? await readJsonBody(req) : ({ ok: true, value: {} } as const);
    if (!body.ok) {
      sendJson(res, body.status, { error: body.error });
      return;
    }
    const { status, body: answer } = await route.run(model, params, body.value, url, services);
    sendJson(res, status, answer);
    return;
  }
  sendJson(res, 404, { error: `no route ${method} ${url.pathname}` });
}

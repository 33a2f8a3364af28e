/**
 * kamailio's JSON-RPC client against a real HTTP server on 127.0.0.1 that behaves as kamailio's
 * xhttp worker does when things go wrong: a connection closed under a request, an error answered,
 * no answer at all. (The rig's tests run it against kamailio itself.)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpContacts, kamailioRpc, KamailioRpcError } from '../src/sip/servers';

let server: Server | null = null;

async function serve(handler: (request: IncomingMessage, response: ServerResponse, index: number) => void): Promise<{ port: number; requests: () => number }> {
  let count = 0;
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => handler(request, response, count++));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, requests: () => count };
}

const reply = (response: ServerResponse, body: unknown) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

describe('kamailioRpc', () => {
  it('sends a request again once when the connection is dropped under it, and returns the answer', async () => {
    const rpc = await serve((request, response, index) => {
      if (index === 0) request.socket.destroy();
      else reply(response, { jsonrpc: '2.0', id: 1, result: { version: '5.6.3' } });
    });
    await expect(kamailioRpc(rpc.port, 'core.version', [])).resolves.toEqual({ version: '5.6.3' });
    expect(rpc.requests()).toBe(2);
  });

  it('gives up after the second dropped connection, with the network error', async () => {
    const rpc = await serve((request) => request.socket.destroy());
    await expect(kamailioRpc(rpc.port, 'core.version', [])).rejects.toThrow(TypeError);
    expect(rpc.requests()).toBe(2);
  });

  it('does not repeat a request kamailio answered with an error: a typed KamailioRpcError', async () => {
    const rpc = await serve((_request, response) => reply(response, { jsonrpc: '2.0', id: 1, error: { code: 500, message: 'AOR not found in location table' } }));
    const error = await kamailioRpc(rpc.port, 'ul.lookup', ['location', '8001']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KamailioRpcError);
    expect(error).toMatchObject({ rpcCode: 500, code: 'serverError' });
    expect(rpc.requests()).toBe(1);
  });

  it('does not repeat a request that timed out', async () => {
    const rpc = await serve(() => undefined);
    const error = await kamailioRpc(rpc.port, 'ul.dump', [], 300).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(rpc.requests()).toBe(1);
  });
});

describe('dumpContacts', () => {
  it("lists every AOR's live contacts from one ul.dump, leaving out deleted and expired ones and other tables", async () => {
    const contact = (address: string, expires: unknown) => ({ Contact: { Address: address, Expires: expires } });
    const rpc = await serve((_request, response) =>
      reply(response, {
        jsonrpc: '2.0',
        id: 1,
        result: {
          Domains: [
            {
              Domain: {
                Domain: 'location',
                AoRs: [
                  {
                    Info: {
                      AoR: '8001',
                      Contacts: [
                        contact('sip:a@x.invalid;transport=ws', 599),
                        contact('sip:closed-tab@x.invalid;transport=ws', 'deleted'),
                        contact('sip:old@x.invalid;transport=ws', 'expired'),
                        contact('sip:zero@x.invalid;transport=ws', 0),
                      ],
                    },
                  },
                  { Info: { AoR: '8002', Contacts: [contact('sip:b@y.invalid;transport=ws', 'permanent')] } },
                  { Info: { AoR: '8003', Contacts: [contact('sip:gone@z.invalid;transport=ws', -1)] } },
                ],
              },
            },
            { Domain: { Domain: 'other', AoRs: [{ Info: { AoR: '9001', Contacts: [contact('sip:c@w.invalid', 60)] } }] } },
          ],
        },
      }),
    );
    await expect(dumpContacts(rpc.port)).resolves.toEqual({
      '8001': ['sip:a@x.invalid;transport=ws'],
      '8002': ['sip:b@y.invalid;transport=ws'],
    });
    expect(rpc.requests()).toBe(1);
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every answer is readable from any page: the demo CRM and Storybook run on other origins. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

/** Largest control-API body accepted; the simulator's requests are a few dozen bytes. */
const MAX_BODY = 1_000_000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export function sendPreflight(res: ServerResponse): void {
  res.writeHead(204, CORS_HEADERS);
  res.end();
}

export type Body = { ok: true; value: Record<string, unknown> } | { ok: false; status: 400 | 413; error: string };

/** Reads a JSON object body; an empty body is `{}`. Never rejects. */
export function readJsonBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (body: Body) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        finish({ ok: false, status: 413, error: 'body too large' });
        req.resume();
        return;
      }
      if (!settled) chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, error: 'could not read the body' }));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return finish({ ok: true, value: {} });
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return finish({ ok: false, status: 400, error: 'body is not valid JSON' });
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return finish({ ok: false, status: 400, error: 'body must be a JSON object' });
      }
      finish({ ok: true, value: parsed as Record<string, unknown> });
    });
  });
}

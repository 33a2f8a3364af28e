// The wincall session vault: a same-origin SharedWorker started with `extendedLifetime`, so it
// outlives a page reload by a few seconds. It keeps sign-in secrets in memory only, nothing is
// written to any storage, and every entry expires after 12 hours or when the agent signs out.
const TTL_MS = 12 * 60 * 60 * 1000;
const entries = new Map();

self.onconnect = (event) => {
  const port = event.ports[0];
  port.onmessage = ({ data }) => {
    if (!data || typeof data.key !== 'string') return;
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expires < now) entries.delete(key);
    if (data.op === 'put') entries.set(data.key, { value: data.value, expires: now + TTL_MS });
    else if (data.op === 'delete') entries.delete(data.key);
    else if (data.op === 'get') port.postMessage({ id: data.id, value: entries.get(data.key)?.value ?? null });
  };
  port.start();
};

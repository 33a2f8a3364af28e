import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports the entry and the device chunk in Node (no window, no navigator) without touching the browser', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const entry = await import('../src/index');
    const device = await import('../src/device');
    expect(typeof entry.loadBrowserPhone).toBe('function');
    expect(typeof device.createBrowserPhone).toBe('function');
    expect((await entry.loadBrowserPhone()).createBrowserPhone).toBe(device.createBrowserPhone);
  });

  it('refuses bad options with a TypeError before touching anything', async () => {
    const { createBrowserPhone } = await import('../src/device');
    expect(() => createBrowserPhone({ wsUrl: 'http://127.0.0.1:5060' })).toThrow(TypeError);
    expect(() => createBrowserPhone({ wsUrl: 'not a url' })).toThrow(TypeError);
    expect(() => createBrowserPhone({ wsUrl: 'ws://127.0.0.1:5066', domain: '' })).toThrow(TypeError);
  });
});

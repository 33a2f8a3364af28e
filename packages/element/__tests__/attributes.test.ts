import { describe, expect, it } from 'vitest';
import kitCss from '@wincall/react/styles.css';
import type { PhoneDeviceModule } from '@wincall/core';
import { createPhoneHandle } from '@wincall/core/phone';
import { readClientOptions, readView } from '../src/attributes';
import type { PhoneDeviceLoader } from '../src/phone';
import { shadowCss } from '../src/stylesheet';

const from = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('the attributes', () => {
  it.each([
    [{}, { locale: 'zh-CN', theme: undefined, layout: undefined, defaultExtension: undefined, defaultAgentNum: undefined }],
    [
      { locale: 'en', theme: 'dark', layout: 'panel', 'default-extension': '8001', 'default-agent-num': '1001' },
      { locale: 'en', theme: 'dark', layout: 'panel', defaultExtension: '8001', defaultAgentNum: '1001' },
    ],
    // Unknown values fall back to the defaults instead of reaching the bar.
    [{ locale: 'fr', theme: 'sepia', layout: 'sidebar' }, { locale: 'zh-CN', theme: undefined, layout: undefined }],
  ])('%o reads as %o', (attributes, expected) => {
    expect(readView(from(attributes))).toMatchObject(expected);
  });

  it('builds client options from the attributes over the options property', () => {
    const options = readClientOptions(from({ 'server-url': 'http://a:1', 'vcc-code': 'demo' }), { vccCode: 'other', timeouts: { command: 5000 } });
    expect(options).toEqual({ serverUrl: 'http://a:1', vccCode: 'demo', timeouts: { command: 5000 } });
    expect(readClientOptions(from({}), { serverUrl: 'http://b:2', vccCode: 'demo', apiUrl: 'http://b:2' })).toMatchObject({ serverUrl: 'http://b:2', apiUrl: 'http://b:2' });
  });

  it.each([
    [{ 'vcc-code': 'demo' }, /server-url/],
    [{ 'server-url': 'http://a:1' }, /vcc-code/],
  ])('names the missing attribute in a TypeError: %o', (attributes, message) => {
    expect(() => readClientOptions(from(attributes), {})).toThrow(TypeError);
    expect(() => readClientOptions(from(attributes), {})).toThrow(message);
  });
});

describe('the browser phone attributes', () => {
  const server = { 'server-url': 'http://a:1', 'vcc-code': 'demo' };
  /** This build's way to fetch the device; records the phone-script it was given. */
  const scripts: (string | null)[] = [];
  const module = {} as PhoneDeviceModule;
  const loader: PhoneDeviceLoader = (script) => {
    scripts.push(script);
    return async () => module;
  };

  it('leaves the desk phone alone without phone-ws-url', () => {
    expect(readClientOptions(from(server), {}, loader)).not.toHaveProperty('phone');
    expect(readClientOptions(from({ ...server, 'phone-domain': 'cc.example.com', 'phone-auto-answer': '' }), {}, loader)).not.toHaveProperty('phone');
  });

  it('turns the browser phone on with phone-ws-url, loaded the build\'s way from phone-script', async () => {
    scripts.length = 0;
    const options = readClientOptions(from({ ...server, 'phone-ws-url': 'wss://sip.example.com:8443/ws', 'phone-domain': 'cc.example.com', 'phone-script': '/js/phone.js' }), {}, loader);
    expect(options.phone).toEqual({ wsUrl: 'wss://sip.example.com:8443/ws', domain: 'cc.example.com', load: expect.any(Function), attach: createPhoneHandle });
    expect(scripts).toEqual(['/js/phone.js']);
    await expect(options.phone!.load()).resolves.toBe(module);
  });

  it.each([
    ['', true],
    ['phone-auto-answer', true],
    ['true', true],
    ['false', false],
    [' FALSE ', false],
  ])('reads phone-auto-answer="%s" as %s', (value, autoAnswer) => {
    expect(readClientOptions(from({ ...server, 'phone-ws-url': 'ws://127.0.0.1:5066', 'phone-auto-answer': value }), {}, loader).phone?.autoAnswer).toBe(autoAnswer);
  });

  it('takes options.phone for what attributes cannot carry, the attributes winning', () => {
    const load = async () => module;
    const options = readClientOptions(
      from({ ...server, 'phone-ws-url': 'ws://127.0.0.1:5066', 'phone-auto-answer': 'false' }),
      { phone: { wsUrl: 'wss://other:1', domain: 'given.example.com', autoAnswer: true, password: 'explicit', iceServers: [{ urls: 'turn:t:3478' }], load } as never },
      loader,
    );
    expect(options.phone).toEqual({
      wsUrl: 'ws://127.0.0.1:5066',
      domain: 'given.example.com',
      autoAnswer: false,
      password: 'explicit',
      iceServers: [{ urls: 'turn:t:3478' }],
      load,
      // client.phone's front, filled in when options.phone does not bring its own.
      attach: createPhoneHandle,
    });
    // options.phone alone turns it on too, with the build's loader when it has none.
    expect(readClientOptions(from(server), { phone: { wsUrl: 'wss://sip:1' } as never }, loader).phone).toMatchObject({ wsUrl: 'wss://sip:1', load: expect.any(Function) });
  });

  it.each([
    [{ 'phone-ws-url': 'https://sip.example.com' }, {}, /phone-ws-url must be a ws:\/\/ or wss:\/\/ URL.*"https:\/\/sip\.example\.com"/],
    [{ 'phone-ws-url': 'sip.example.com:8443' }, {}, /phone-ws-url must be a ws:\/\/ or wss:\/\/ URL/],
    [{}, { phone: { domain: 'x' } }, /set the phone-ws-url attribute \(or options\.phone\.wsUrl\)/],
    [{}, { phone: 'wss://sip:1' }, /options\.phone must be an object/],
    [{}, { phone: { wsUrl: 'wss://sip:1', load: 'phone.js' } }, /options\.phone\.load must be a function/],
  ])('names a wrong phone setting in a TypeError: %o %o', (attributes, extra, message) => {
    const read = () => readClientOptions(from({ ...server, ...attributes }), extra as never, loader);
    expect(read).toThrow(TypeError);
    expect(read).toThrow(message);
  });
});

describe('the stylesheet in the shadow root', () => {
  const css = shadowCss(kitCss);

  it('declares the tokens on the host, where a page rule on the element overrides them', () => {
    expect(kitCss).toContain(':root');
    expect(css).not.toContain(':root');
    expect(css).toContain(':host(:not([theme=\'light\']))');
    expect(css).toContain(':host([theme=\'dark\'])');
    expect(css).not.toMatch(/(^|[\s,])\[data-theme='(light|dark)'\]\s*[{,]/m);
  });

  it('keeps the rules that follow the bar\'s own data-theme (colour scheme)', () => {
    expect(css).toContain(".wincall-root[data-theme='dark']");
    expect(css).toContain("[data-theme='dark'] .wincall-root");
  });
});

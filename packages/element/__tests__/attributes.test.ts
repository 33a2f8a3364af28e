import { describe, expect, it } from 'vitest';
import kitCss from '@wincall/react/styles.css';
import { readClientOptions, readView } from '../src/attributes';
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

import { WinCallSoftphoneElement } from './element';

/** The element's default tag name. */
export const TAG_NAME = 'wincall-softphone';

/**
 * Registers the element under `tagName` (default `wincall-softphone`) and returns its class. A
 * name that is taken already (the script-tag build and the module both loaded, say) is left as
 * it is; outside a browser nothing happens.
 */
export function define(tagName: string = TAG_NAME): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // A class can be registered once: every other name gets a subclass of its own.
  const constructor = tagName === TAG_NAME ? WinCallSoftphoneElement : class extends WinCallSoftphoneElement {};
  customElements.define(tagName, constructor);
  return constructor;
}

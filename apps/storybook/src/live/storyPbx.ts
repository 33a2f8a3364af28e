/**
 * The SIP side of the live stories' browser phone: a PBX in the page that the simulator model
 * rings through its `PhoneSystem` hook (`kind: 'browser'`, as `pnpm sim --phone softphone` does
 * with kamailio), and that the story's phone devices register with. Like the real rig, its
 * registrar accepts an extension only with the phone password the seed gives it, a ring for an
 * extension nobody registered is unreachable, and what the browser does with a ring (answer,
 * decline, hang up) goes back to the model as the PBX's report.
 */
import type { PhoneCredentials, PhoneDeviceOptions } from '@wincall/core';
import { DEFAULT_SEED, type PhoneLines, type PhoneReporter, type PhoneRing, type PhoneSystem } from '@wincall/simulator/model';
import { StoryPhone, type PhoneLine, type RegisterAnswer, type StoryBrowser } from './storyPhone';

/** How the registrar answers a REGISTER: checks the password (`check`), or stays `silent` (the answer never comes). */
export type Registrar = 'check' | 'silent';

export interface StoryPbxOptions {
  tenant: string;
  registrar?: Registrar;
}

export interface StoryPbx {
  /** For `createModel({ phones })`. */
  readonly system: PhoneSystem;
  /** The device the story's client loaded last (`null` until the agent signs in). */
  readonly phone: StoryPhone | null;
  /** A `PhoneDeviceModule.createBrowserPhone` that makes devices registering here. */
  createBrowserPhone(options: PhoneDeviceOptions, browser: StoryBrowser): StoryPhone;
  /** The SIP server goes away: every registered device loses its WebSocket and keeps trying. */
  goDown(): void;
  /** The SIP server is back: the devices that were trying register again. */
  comeBack(): void;
}

export function createStoryPbx({ tenant, registrar = 'check' }: StoryPbxOptions): StoryPbx {
  const passwords = new Map((DEFAULT_SEED.tenants.find((t) => t.code === tenant)?.extensions ?? []).map((e) => [e.number, e.password]));
  /** Extension → the device registered for it. */
  const registered = new Map<string, StoryPhone>();
  /** The model's legs rung here, with the device ringing for each. */
  const legs = new Map<number, StoryPhone>();
  const phones: StoryPhone[] = [];
  let report: PhoneReporter | null = null;
  let up = true;

  // The PBX's answers come on their own, never inside the caller's step (as over a WebSocket).
  const later = (fn: () => void) => queueMicrotask(fn);
  const tell = (legId: number, what: Parameters<PhoneReporter>[1]) => {
    if (!legs.delete(legId)) return;
    later(() => report?.(legId, what));
  };

  const line: PhoneLine = {
    register(phone: StoryPhone, { user, password }: PhoneCredentials): Promise<RegisterAnswer> {
      if (registrar === 'silent' || !up) return new Promise<RegisterAnswer>(() => undefined);
      return new Promise((resolve) =>
        later(() => {
          // Digest authentication against the seed's phone password: a wrong one is 403 after the challenge.
          if (passwords.get(user) !== password) {
            resolve({ ok: false, code: 'SIP_AUTH_FAILED', sipStatus: 403 });
            return;
          }
          for (const [extension, other] of registered) if (other === phone) registered.delete(extension);
          registered.set(user, phone);
          resolve({ ok: true });
        }),
      );
    },
    unregister(phone) {
      for (const [extension, other] of registered) if (other === phone) registered.delete(extension);
    },
    answered(legId) {
      if (legs.has(legId)) later(() => report?.(legId, 'answered'));
    },
    hungUp: (legId) => tell(legId, 'hungUp'),
  };

  const lines: PhoneLines = {
    ring(ring: PhoneRing) {
      const phone = ring.tenant === tenant && up ? registered.get(ring.extension) : undefined;
      if (!phone) {
        // Nobody registered on the extension: 480 Temporarily Unavailable.
        later(() => report?.(ring.legId, 'unreachable'));
        return;
      }
      legs.set(ring.legId, phone);
      later(() => {
        if (legs.get(ring.legId) === phone) phone.ring(ring.legId, ring.from);
      });
    },
    release(legId) {
      const phone = legs.get(legId);
      legs.delete(legId);
      phone?.released(legId);
    },
  };

  return {
    system: {
      kind: 'browser',
      connect(reporter) {
        report = reporter;
        return lines;
      },
    },
    get phone() {
      return phones.at(-1) ?? null;
    },
    createBrowserPhone(_options, browser) {
      const phone = new StoryPhone(line, browser);
      phones.push(phone);
      return phone;
    },
    goDown() {
      up = false;
      for (const phone of new Set(registered.values())) phone.connectionLost();
      registered.clear();
    },
    comeBack() {
      up = true;
      for (const phone of phones) phone.reconnected();
    },
  };
}

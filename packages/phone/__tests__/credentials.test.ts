import { PhoneError } from '@wincall/core/phone';
import { describe, expect, it } from 'vitest';
import { checkCredentials } from '../src/registration';
import type { PhoneCredentials } from '@wincall/core';

describe('register() credentials', () => {
  it('accepts an extension and its password', () => {
    expect(() => checkCredentials({ user: '8001', password: 's3cret' })).not.toThrow();
  });

  it('refuses a missing or malformed user with a TypeError that does not repeat the password', () => {
    for (const bad of [{ user: '', password: 'p' }, { user: '80 01', password: 'p' }, { user: 'a@b', password: 'p' }, { password: 'p' }, null]) {
      let thrown: unknown;
      try {
        checkCredentials(bad as unknown as PhoneCredentials);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect(String((thrown as Error).message)).not.toContain('"p"');
    }
  });

  it('says NO_PASSWORD for an empty password (softphone mode with no phone password)', () => {
    expect(() => checkCredentials({ user: '8001', password: '' })).toThrow(PhoneError);
    try {
      checkCredentials({ user: '8001', password: '' });
    } catch (error) {
      expect((error as PhoneError).code).toBe('NO_PASSWORD');
    }
  });
});

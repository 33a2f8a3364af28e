import { normalizeNumber } from '@wincall/core';

/**
 * Digits of a phone number as the CRM stores and compares them: spaces, `-` and `+` removed (the
 * same cleaning the softphone applies before dialling), and a leading 86 country code dropped
 * from mainland mobile numbers.
 */
export function normalizePhone(input: string): string {
  const digits = normalizeNumber(input);
  return /^86(1\d{10})$/.test(digits) ? digits.slice(2) : digits;
}

export const isPhoneNumber = (input: string) => /^\d{3,20}$/.test(normalizePhone(input));

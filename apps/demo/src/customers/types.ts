export type CustomerLevel = 'vip' | 'regular' | 'new';

export interface Customer {
  id: string;
  /** The contact person. */
  name: string;
  company: string;
  /** Digits only (see `normalizePhone`). */
  phones: string[];
  city: string;
  level: CustomerLevel;
  owner: string;
  notes: string;
}

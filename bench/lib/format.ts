/** Number formatting for the results table: short, fixed precision, thousands separated. */

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

export const count = (value: number) => Math.round(value).toLocaleString('en-US');

export const percent = (value: number) => `${value.toFixed(0)} %`;

import { readFileSync } from 'node:fs';

/** One row of docs/protocol/protocol-events.tsv: a message and what the legacy listener received. */
export interface EventRow {
  line: number;
  input: Record<string, unknown>;
  raw: string;
  pre: { QUEUESTATE?: number; isLogin?: boolean };
  code: string;
  msg: string;
  type: string;
  agStatus: string;
  queStatus: string;
  enableActions: string[];
  disableActions: string[] | '*';
  data: unknown;
}

export function loadEventRows(): EventRow[] {
  const tsv = readFileSync(new URL('../../../../docs/protocol/protocol-events.tsv', import.meta.url), 'utf8');
  return tsv
    .split('\n')
    .slice(1)
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, index }) => {
      const [input, pre, code, msg, type, agStatus, queStatus, enable, disable, data] = line.split('\t');
      return {
        line: index + 2,
        raw: input!,
        input: JSON.parse(input!),
        pre: JSON.parse(pre!),
        code: code!,
        msg: msg!,
        type: type!,
        agStatus: agStatus!,
        queStatus: queStatus!,
        enableActions: JSON.parse(enable!),
        disableActions: JSON.parse(disable!),
        data: JSON.parse(data!),
      };
    });
}

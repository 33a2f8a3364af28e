import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CallRecord } from '@wincall/core';
import { useCallHistory } from '@wincall/react';
import { clearCallLog, localCallLog } from './callLog';

interface DemoCallHistory {
  records: CallRecord[];
  clear(): void;
}

const CallHistoryContext = createContext<DemoCallHistory>({ records: [], clear: () => undefined });

/**
 * The call log for the whole app, mounted once next to the bar so no call is missed while the log
 * page is closed: `useCallHistory` with the localStorage adapter (only the leader tab writes it).
 */
export function CallHistoryProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  return (
    <History
      key={generation}
      clear={() => {
        clearCallLog();
        setGeneration((n) => n + 1);
      }}
    >
      {children}
    </History>
  );
}

function History({ clear, children }: { clear(): void; children: ReactNode }) {
  const { records } = useCallHistory({ limit: 200, storage: localCallLog });
  return <CallHistoryContext.Provider value={{ records, clear }}>{children}</CallHistoryContext.Provider>;
}

export function useDemoCallHistory(): DemoCallHistory {
  return useContext(CallHistoryContext);
}

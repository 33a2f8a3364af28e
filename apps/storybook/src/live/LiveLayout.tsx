import type { ReactNode } from 'react';
import { SimulatorPanel } from './SimulatorPanel';
import type { LiveWorld } from './world';
import './live.css';

/** The story on the left, the simulator that plays the rest of the call center on the right. */
export function LiveLayout({ world, children }: { world: LiveWorld; children: ReactNode }) {
  return (
    <div className="sb-live">
      <div className="sb-live-story">{children}</div>
      <SimulatorPanel world={world} />
    </div>
  );
}

/**
 * Tells the two reasons an event loop is late apart: a long task of its own (the process used the
 * CPU all along) or starvation (the process got no CPU: other work on the machine). A 10 ms
 * interval timer notes every gap longer than `thresholdMs` and the CPU time the process used in it.
 */
export interface StallReport {
  /** Gaps in which the process was mostly running: its own long tasks (including GC). */
  longTasks: number;
  longTaskMaxMs: number;
  /** Gaps in which it was mostly not running: the machine was busy elsewhere. */
  starved: number;
  starvedMaxMs: number;
}

export function watchStalls(thresholdMs = 30) {
  let report: StallReport = { longTasks: 0, longTaskMaxMs: 0, starved: 0, starvedMaxMs: 0 };
  let lastAt = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const at = performance.now();
    const cpu = process.cpuUsage();
    const gapMs = at - lastAt;
    if (gapMs > thresholdMs) {
      const cpuMs = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
      if (cpuMs >= gapMs / 2) {
        report.longTasks++;
        report.longTaskMaxMs = Math.max(report.longTaskMaxMs, gapMs);
      } else {
        report.starved++;
        report.starvedMaxMs = Math.max(report.starvedMaxMs, gapMs);
      }
    }
    lastAt = at;
    lastCpu = cpu;
  }, 10);
  timer.unref();
  return {
    /** The stalls since the last call. */
    take(): StallReport {
      const out = report;
      report = { longTasks: 0, longTaskMaxMs: 0, starved: 0, starvedMaxMs: 0 };
      return out;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Runs `task` one at a time. A call while a run is in flight queues ONE follow-up run (further
 * calls join it) that starts when the current run has ended, so it reads what the previous run
 * left behind (the scorecard's new version) instead of sending the same version twice.
 */
export function serialized(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const run: Promise<void> = Promise.resolve()
      .then(task)
      .finally(() => {
        if (running === run) running = null;
      });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

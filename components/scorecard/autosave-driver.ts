// The scorecard autosave's driver: holds the state machine's state (autosave-machine.ts, where
// the behaviour is described), runs the effects it asks for, and lets callers await the save they
// asked for. The React hook (use-autosave.ts) wraps it; tests drive it under fake timers.
import type { ServerCopy } from "@/lib/scorecards/service";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import {
  initialAutosaveState,
  step,
  type AutosaveEffect,
  type AutosaveEvent,
  type SaveReply,
} from "./autosave-machine";

export type AutosaveDeps = {
  initialVersion: number;
  /** The values the server holds at `initialVersion` (the draft the page loaded). */
  initialBase?: ScorecardValues | null;
  enabled: boolean;
  send: (input: { expectedVersion: number; values: ScorecardValues }) => Promise<SaveReply>;
  writeLocal: (values: ScorecardValues, baseVersion: number, base: ScorecardValues | null) => void;
  clearLocal: () => void;
};

export type Autosave = ReturnType<typeof createAutosave>;

type Deferred = { promise: Promise<void>; resolve: () => void };
const deferred = (): Deferred => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

export function createAutosave(deps: AutosaveDeps) {
  let state = initialAutosaveState(deps.initialVersion, deps.enabled, deps.initialBase ?? null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  let onSubmittedElsewhere: (() => void) | undefined;
  let onMerged: ((values: ScorecardValues) => void) | undefined;
  // The save in flight, and the one queued after it: what `flush()` callers wait for.
  let current: Deferred | null = null;
  let next: Deferred | null = null;

  const run = (effect: AutosaveEffect) => {
    switch (effect.type) {
      case "write-local":
        return deps.writeLocal(effect.values, effect.baseVersion, effect.base);
      case "clear-local":
        return deps.clearLocal();
      case "timer":
        if (timer) clearTimeout(timer);
        timer = effect.ms == null ? null : setTimeout(() => void flush(), effect.ms);
        return;
      case "send":
        current = next ?? deferred();
        next = null;
        // Any failure to get an answer (network down, server unreachable) is "unreachable": retried.
        void Promise.resolve()
          .then(() => deps.send({ expectedVersion: effect.expectedVersion, values: effect.values }))
          .then(
            (reply) => dispatch({ type: "reply", reply }),
            () => dispatch({ type: "unreachable" }),
          );
        return;
      case "submitted-elsewhere":
        return onSubmittedElsewhere?.();
      case "merged":
        return onMerged?.(effect.values);
    }
  };

  const dispatch = (event: AutosaveEvent) => {
    const ending = event.type === "reply" || event.type === "unreachable" ? current : null;
    if (ending) current = null;
    const before = state;
    const [after, effects] = step(state, event);
    state = after;
    for (const effect of effects) run(effect);
    if (ending) {
      ending.resolve();
      // A queued flush that found nothing to send: its callers are done too.
      if (!state.inFlight && next) {
        next.resolve();
        next = null;
      }
    }
    if (after.status !== before.status) for (const listener of listeners) listener();
  };

  /** Save now (or right after the save in flight); resolves when that save has ended. */
  const flush = (): Promise<void> => {
    const wasInFlight = !!state.inFlight;
    dispatch({ type: "flush" });
    if (wasInFlight) return (next ??= deferred()).promise;
    return state.inFlight && current ? current.promise : Promise.resolve();
  };

  return {
    flush,
    dispatch,
    getState: () => state,
    getStatus: () => state.status,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Called when a save matched a scorecard submitted from another tab (now locked). */
    setOnSubmittedElsewhere: (fn: (() => void) | undefined) => void (onSubmittedElsewhere = fn),
    /** Called with the form's new values when another tab's changes were merged in. */
    setOnMerged: (fn: ((values: ScorecardValues) => void) | undefined) => void (onMerged = fn),
    onChange: (values: ScorecardValues) => dispatch({ type: "change", values }),
    /** The page is being left: a save due in the next moments waits (see the "leaving" event). */
    leaving: () => dispatch({ type: "leaving" }),
    /** Focus, visibility or network back: retries a failed save at once. */
    returned: () => dispatch({ type: "return" }),
    resolveConflict: (server: ServerCopy, keep: ScorecardValues | null) => dispatch({ type: "resolve", server, keep }),
    holdLocal: (values: ScorecardValues, version: number) => dispatch({ type: "hold", values, version }),
    keepLocal: (values: ScorecardValues) => dispatch({ type: "keep-local", values }),
    clearLocal: () => dispatch({ type: "clear-local" }),
    setVersion: (version: number) => dispatch({ type: "set-version", version }),
    showConflict: (server: ServerCopy, local: ScorecardValues, base?: ScorecardValues | null) =>
      dispatch({ type: "show-conflict", server, local, base }),
    setEnabled: (enabled: boolean) => dispatch({ type: "enable", enabled }),
    currentVersion: () => state.version,
    hasPending: () => state.pending !== null,
    /** Unmounting: the timer stops (a save in flight still records its answer). */
    stop: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

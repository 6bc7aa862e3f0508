"use client";
// The scorecard's autosave in React: the state machine in autosave-machine.ts (where the
// behaviour is described and tested), wired to the save action, the device copy and the window's
// focus, visibility and online events.
import { useEffect, useState, useSyncExternalStore } from "react";
import { saveDraftAction } from "@/lib/scorecards/actions";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { createAutosave } from "./autosave-driver";
import { clearLocalCopy, writeLocalCopy } from "./local-copies";

export type { SaveState } from "./autosave-machine";

export function useAutosave(opts: {
  userId: string;
  interviewId: string;
  initialVersion: number;
  /** The draft's values at `initialVersion`: what a later conflict is merged against. */
  initialBase: ScorecardValues;
  enabled: boolean;
  onSubmittedElsewhere?: () => void;
  /** Another tab's changes were merged in without a conflict: put `values` in the form. */
  onMerged?: (values: ScorecardValues) => void;
}) {
  const { userId, interviewId, enabled } = opts;
  const [autosave] = useState(() =>
    createAutosave({
      initialVersion: opts.initialVersion,
      initialBase: opts.initialBase,
      enabled,
      send: (input) => saveDraftAction({ interviewId, ...input }),
      writeLocal: (values, baseVersion, base) =>
        writeLocalCopy(userId, interviewId, { values, baseVersion, base, at: new Date().toISOString() }),
      clearLocal: () => clearLocalCopy(userId, interviewId),
    }),
  );
  const state = useSyncExternalStore(autosave.subscribe, autosave.getStatus, autosave.getStatus);

  useEffect(() => autosave.setOnSubmittedElsewhere(opts.onSubmittedElsewhere));
  useEffect(() => autosave.setOnMerged(opts.onMerged));

  useEffect(() => autosave.setEnabled(enabled), [autosave, enabled]);

  useEffect(() => {
    // Coming back (signed in again in another tab, network back, laptop opened) retries at once.
    const retry = () => autosave.returned();
    const visible = () => document.visibilityState === "visible" && retry();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!autosave.hasPending()) return;
      e.preventDefault();
      autosave.leaving();
    };
    window.addEventListener("online", retry);
    window.addEventListener("focus", retry);
    document.addEventListener("visibilitychange", visible);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("focus", retry);
      document.removeEventListener("visibilitychange", visible);
      window.removeEventListener("beforeunload", beforeUnload);
      autosave.stop();
    };
  }, [autosave]);

  return { ...autosave, state };
}

"use client";
// The scorecard's autosave in React: the state machine in autosave-machine.ts (where the
// behaviour is described and tested), wired to the save action, the device copy and the window's
// focus, visibility and online events.
import { useEffect, useState, useSyncExternalStore } from "react";
import { saveDraftAction } from "@/lib/scorecards/actions";
import { createAutosave } from "./autosave-machine";
import { clearLocalCopy, writeLocalCopy } from "./local-copies";

export type { SaveState } from "./autosave-machine";

export function useAutosave(opts: {
  userId: string;
  interviewId: string;
  initialVersion: number;
  enabled: boolean;
  onSubmittedElsewhere?: () => void;
}) {
  const { userId, interviewId, enabled } = opts;
  const [autosave] = useState(() =>
    createAutosave({
      initialVersion: opts.initialVersion,
      enabled,
      send: (input) => saveDraftAction({ interviewId, ...input }),
      writeLocal: (values, baseVersion) =>
        writeLocalCopy(userId, interviewId, { values, baseVersion, at: new Date().toISOString() }),
      clearLocal: () => clearLocalCopy(userId, interviewId),
    }),
  );
  const state = useSyncExternalStore(autosave.subscribe, autosave.getStatus, autosave.getStatus);

  useEffect(() => autosave.setOnSubmittedElsewhere(opts.onSubmittedElsewhere));

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

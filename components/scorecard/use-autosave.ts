"use client";
// Autosave for scorecard drafts. Every change is written to localStorage at once (a reload,
// a closed tab or a lost connection loses nothing), then sent to the server after a short
// pause; failures retry with backoff, and again whenever the window regains focus, becomes
// visible or comes back online, until the server has it. One save is in flight at a time and
// the next one uses the version the previous one returned. The server's version number makes
// a save from a stale tab come back as a conflict instead of overwriting.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ServerCopy } from "@/lib/scorecards/service";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { withinDraftLimits } from "@/lib/validation/scorecard-rules";
import { saveDraftAction } from "@/lib/scorecards/actions";
import { clearLocalCopy, writeLocalCopy } from "./local-copies";
import { serialized } from "./serialized";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "signed-out"; message: string }
  | { kind: "conflict"; server: ServerCopy; local: ScorecardValues }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 1200;
/** States a focus, visibility or online event retries (a conflict waits for the user's choice). */
const RETRY_ON_RETURN: SaveState["kind"][] = ["retrying", "signed-out", "error"];

export function useAutosave(opts: {
  userId: string;
  interviewId: string;
  initialVersion: number;
  enabled: boolean;
  onSubmittedElsewhere?: () => void;
}) {
  const { userId, interviewId, enabled } = opts;
  const onSubmittedElsewhere = useRef(opts.onSubmittedElsewhere);
  const version = useRef(opts.initialVersion);
  const latest = useRef<ScorecardValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempts = useRef(0);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const stateRef = useRef(state);
  useEffect(() => {
    onSubmittedElsewhere.current = opts.onSubmittedElsewhere;
    stateRef.current = state;
  });

  const writeLocal = useCallback(
    (values: ScorecardValues) =>
      writeLocalCopy(userId, interviewId, { values, baseVersion: version.current, at: new Date().toISOString() }),
    [userId, interviewId],
  );

  // One request at a time: `flush` callers (debounce, retry timer, online, focus, submit) share
  // the runner; the save itself is read through a ref so the runner survives re-renders.
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const runner = useRef<(() => Promise<void>) | null>(null);
  const flush = useCallback(() => {
    runner.current ??= serialized(() => saveRef.current());
    return runner.current();
  }, []);

  const retryLater = useCallback(
    (why: string) => {
      attempts.current += 1;
      const delay = Math.min(30_000, 2000 * 2 ** (attempts.current - 1));
      setState({ kind: "retrying", message: `${why} retrying in ${Math.round(delay / 1000)} s.` });
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  const saveOnce = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = latest.current;
    if (!values || !enabled) return;
    setState({ kind: "saving" });
    // Text over its limit is saved cut to the limit; the whole text stays here (see withinDraftLimits).
    const sent = withinDraftLimits(values);
    try {
      const res = await saveDraftAction({ interviewId, expectedVersion: version.current, values: sent });
      if (res.ok) {
        version.current = res.version;
        attempts.current = 0;
        if (latest.current === values && sent !== values) {
          // Saved up to the limit: this device keeps the longer text (on the new version) until it is shortened.
          latest.current = null;
          writeLocal(values);
        } else if (latest.current === values) {
          latest.current = null;
          clearLocalCopy(userId, interviewId);
        } else if (latest.current) {
          writeLocal(latest.current); // typed meanwhile: the copy now builds on the new version
        }
        setState({ kind: "saved", at: res.savedAt });
        // Same answers as a scorecard submitted from another tab: nothing lost, now locked.
        if (res.alreadySubmitted) onSubmittedElsewhere.current?.();
      } else if ("server" in res) {
        setState({ kind: "conflict", server: res.server, local: values });
      } else if (res.kind === "unauthenticated") {
        setState({ kind: "signed-out", message: res.message });
      } else if ((res.kind as string) === "busy") {
        retryLater(`${res.message} Kept on this device;`); // the database was busy: a retry will do
      } else {
        setState({ kind: "error", message: res.message });
      }
    } catch {
      // Network down or server unreachable: keep the local copy and retry with backoff.
      retryLater("Offline or server unreachable. Kept on this device;");
    }
  }, [enabled, interviewId, retryLater, userId, writeLocal]);
  useEffect(() => {
    saveRef.current = saveOnce;
  }, [saveOnce]);

  const onChange = useCallback(
    (values: ScorecardValues) => {
      if (!enabled) return;
      latest.current = values;
      writeLocal(values);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [enabled, flush, writeLocal],
  );

  useEffect(() => {
    // Coming back (signed in again in another tab, network back, laptop opened) retries at once.
    const retry = () => {
      if (latest.current && RETRY_ON_RETURN.includes(stateRef.current.kind)) void flush();
    };
    const visible = () => document.visibilityState === "visible" && retry();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (latest.current) e.preventDefault();
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
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** Conflict resolved: adopt the server's version number, then keep (and save) or drop local values. */
  const resolveConflict = useCallback(
    (server: ServerCopy, keepLocal: ScorecardValues | null) => {
      version.current = server.version;
      if (keepLocal) {
        latest.current = keepLocal;
        writeLocal(keepLocal);
        void flush();
      } else {
        latest.current = null;
        clearLocalCopy(userId, interviewId);
        setState({ kind: "saved", at: server.updatedAt });
      }
    },
    [flush, interviewId, userId, writeLocal],
  );

  /**
   * Stop server saves and keep `values` on this device only, based on `serverVersion`: used
   * while amending a submitted scorecard, until the amendment is saved or discarded.
   */
  const holdLocal = useCallback(
    (values: ScorecardValues, serverVersion: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      latest.current = null;
      version.current = serverVersion;
      writeLocal(values);
      setState({ kind: "idle" });
    },
    [writeLocal],
  );

  /** The server accepted a submit or an amendment: later writes build on its version. */
  const setVersion = useCallback((v: number) => {
    version.current = v;
  }, []);

  const clearLocal = useCallback(() => clearLocalCopy(userId, interviewId), [userId, interviewId]);

  return { state, setState, onChange, flush, resolveConflict, holdLocal, keepLocal: writeLocal, clearLocal, setVersion, version };
}

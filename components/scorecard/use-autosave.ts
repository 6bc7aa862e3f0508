"use client";
// Autosave for scorecard drafts. Every change is written to localStorage at once (a reload,
// a closed tab or a lost connection loses nothing), then sent to the server after a short
// pause; failures retry with backoff until the server has it. The server's version number
// makes a save from a stale tab come back as a conflict instead of overwriting.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ServerCopy } from "@/lib/scorecards/service";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { saveDraftAction } from "@/app/(app)/interviews/[id]/actions";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "signed-out"; message: string }
  | { kind: "conflict"; server: ServerCopy; local: ScorecardValues }
  | { kind: "error"; message: string };

type LocalCopy = { values: ScorecardValues; baseVersion: number; at: string };
const DEBOUNCE_MS = 1200;
const key = (interviewId: string) => `aiops-scorecard:${interviewId}`;

export function readLocalCopy(interviewId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key(interviewId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}
export function clearLocalCopy(interviewId: string) {
  try {
    window.localStorage.removeItem(key(interviewId));
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export function useAutosave(opts: { interviewId: string; initialVersion: number; enabled: boolean; onSubmittedElsewhere?: () => void }) {
  const { interviewId, enabled } = opts;
  const onSubmittedElsewhere = useRef(opts.onSubmittedElsewhere);
  useEffect(() => {
    onSubmittedElsewhere.current = opts.onSubmittedElsewhere;
  });
  const version = useRef(opts.initialVersion);
  const latest = useRef<ScorecardValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const attempts = useRef(0);
  // Retries and follow-up saves schedule the latest `flush` through this ref.
  const flushRef = useRef<() => Promise<void>>(async () => {});
  const [state, setState] = useState<SaveState>({ kind: "idle" });

  const writeLocal = useCallback(
    (values: ScorecardValues) => {
      try {
        window.localStorage.setItem(key(interviewId), JSON.stringify({ values, baseVersion: version.current, at: new Date().toISOString() } satisfies LocalCopy));
      } catch {
        /* private mode or quota: the server save still runs */
      }
    },
    [interviewId],
  );

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inflight.current) await inflight.current;
    const values = latest.current;
    if (!values || !enabled) return;
    const run = (async () => {
      setState({ kind: "saving" });
      try {
        const res = await saveDraftAction({ interviewId, expectedVersion: version.current, values });
        if (res.ok) {
          version.current = res.version;
          attempts.current = 0;
          if (latest.current === values) {
            latest.current = null;
            clearLocalCopy(interviewId);
          } else {
            writeLocal(latest.current!);
          }
          setState({ kind: "saved", at: res.savedAt });
          // Same answers as a scorecard submitted from another tab: nothing lost, now locked.
          if (res.alreadySubmitted) onSubmittedElsewhere.current?.();
        } else if (res.kind === "conflict") {
          setState({ kind: "conflict", server: res.server, local: values });
        } else if (res.kind === "unauthenticated") {
          setState({ kind: "signed-out", message: res.message });
        } else {
          setState({ kind: "error", message: res.message });
        }
      } catch {
        // Network down or server unreachable: keep the local copy and retry with backoff.
        attempts.current += 1;
        const delay = Math.min(30_000, 2000 * 2 ** (attempts.current - 1));
        setState({ kind: "retrying", message: `Offline or server unreachable. Kept on this device; retrying in ${Math.round(delay / 1000)} s.` });
        timer.current = setTimeout(() => void flushRef.current(), delay);
      }
    })();
    inflight.current = run;
    await run;
    inflight.current = null;
    if (latest.current && latest.current !== values && !timer.current) timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
  }, [enabled, interviewId, writeLocal]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

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
    const online = () => latest.current && void flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (latest.current) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** Conflict resolved: adopt the server's version number, then keep or drop local values. */
  const resolveConflict = useCallback(
    (server: ServerCopy, keepLocal: ScorecardValues | null) => {
      version.current = server.version;
      if (keepLocal) {
        latest.current = keepLocal;
        writeLocal(keepLocal);
        void flush();
      } else {
        latest.current = null;
        clearLocalCopy(interviewId);
        setState({ kind: "saved", at: server.updatedAt });
      }
    },
    [flush, interviewId, writeLocal],
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

  return { state, setState, onChange, flush, resolveConflict, holdLocal, keepLocal: writeLocal, setVersion, version };
}

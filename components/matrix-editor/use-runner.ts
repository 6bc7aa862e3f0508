"use client";
import { useState, useTransition } from "react";

type Result = { ok: boolean; message?: string };

/** Runs a server action in a transition and keeps its failure message for a role="alert". */
export function useRunner() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = <R extends Result>(fn: () => Promise<R>, onOk?: (res: Extract<R, { ok: true }>) => void) =>
    start(async () => {
      setError(null);
      const res = await fn();
      if (res.ok) onOk?.(res as Extract<R, { ok: true }>);
      else setError(res.message ?? "That didn't work. Try again.");
    });
  return { pending, error, setError, run };
}

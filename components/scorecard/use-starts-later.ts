"use client";
import { useEffect, useState } from "react";

/**
 * Whether the interview is still ahead, turning false at its start without a reload: an
 * interviewer opens the kit to prepare and scores on the same page afterwards.
 */
export function useStartsLater(initially: boolean, scheduledAt: Date | string | null): boolean {
  const [later, setLater] = useState(initially);
  const [checks, setChecks] = useState(0);
  const at = scheduledAt ? new Date(scheduledAt).getTime() : null;
  useEffect(() => {
    if (!later || at === null) return;
    const wait = at - Date.now();
    // setTimeout holds at most 2^31 - 1 ms (24.8 days), and a clock changed meanwhile can wake it
    // early: then it waits again.
    const timer = setTimeout(
      () => (at <= Date.now() ? setLater(false) : setChecks((n) => n + 1)),
      Math.max(0, Math.min(wait, 2 ** 31 - 1)),
    );
    return () => clearTimeout(timer);
  }, [later, at, checks]);
  return later;
}

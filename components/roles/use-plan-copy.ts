"use client";
// The plan editor's device copy, like the scorecard's: every change the server does not have is
// kept in this browser, offered back after a reload or a closed tab (with a notice and a way to
// discard it), and dropped once the server has the plan.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { deviceCopy } from "@/components/ui/device-copy";
import { useCopyKeptAcrossTabs } from "@/components/ui/use-copy-kept-across-tabs";
import { parsePlanCopy, planFingerprint, samePlan, type PlanCopy } from "@/lib/roles/plan-draft";
import type { StageInput } from "@/lib/validation/plan";

import { olderPlanCopyKey, planCopyKey } from "./plan-copies";

export { planCopyKey };

export function usePlanCopy(opts: {
  userId: string;
  roleId: string;
  /** The role's title, kept with the copy so sign-out can name it. */
  title: string;
  /** What the server holds (updated after each save). */
  saved: StageInput[];
  /** The role version the last save returned (kept with the copy). */
  version: RefObject<number>;
  current: Partial<StageInput>[];
  restore: (stages: StageInput[]) => void;
}) {
  const { userId, roleId, saved, version, current, title } = opts;
  const store = useMemo(() => deviceCopy(planCopyKey(userId, roleId), parsePlanCopy), [userId, roleId]);
  // A copy made on an older version of the plan (someone saved since) is held apart under its own
  // key: not put into the form by itself, or a save would silently replace the newer plan. The
  // person applies or discards it; meanwhile their new edits are kept like any other.
  const olderStore = useMemo(() => deviceCopy(olderPlanCopyKey(userId, roleId), parsePlanCopy), [userId, roleId]);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState<PlanCopy | null>(null);
  const [stale, setStale] = useState<PlanCopy | null>(null);
  const first = useRef({ saved, restore: opts.restore, serverVersion: version.current });
  useEffect(() => {
    first.current.restore = opts.restore;
  });

  // Read after mount (storage is the browser's), once per page.
  useEffect(() => {
    const { saved: onServer, serverVersion } = first.current;
    const copy = store.read();
    let held = olderStore.read();
    if (copy && !samePlan(copy.stages, onServer)) {
      if (copy.baseVersion === serverVersion) {
        first.current.restore(copy.stages);
        setRestored(copy);
      } else {
        olderStore.write(copy); // the newest work on an older plan replaces an older held copy
        held = copy;
        store.clear();
      }
    } else store.clear();
    if (held && samePlan(held.stages, onServer)) {
      olderStore.clear(); // what it held was saved since
      held = null;
    }
    // localStorage only exists after hydration, so reading (and then writing) starts in an effect.
    setStale(held);
    setReady(true);
  }, [store, olderStore]);

  const dirty = !samePlan(current, saved);
  const print = planFingerprint(current);
  // The form's content and the version it is based on, as of the last render (the version is a
  // ref the save updates).
  const latest = useRef({ stages: current, baseVersion: version.current });
  useEffect(() => {
    latest.current = { stages: current, baseVersion: version.current };
  });
  const writeCopy = useCallback(
    () =>
      store.write({
        stages: latest.current.stages as StageInput[],
        baseVersion: latest.current.baseVersion,
        at: new Date().toISOString(),
        title,
      }),
    [store, title],
  );
  // writeCopy reads the form's content from a ref: print (its fingerprint) is what says it changed.
  useEffect(() => {
    if (!ready) return;
    if (dirty) writeCopy();
    else store.clear();
  }, [ready, dirty, print, store, writeCopy]);
  useCopyKeptAcrossTabs({ storageKey: planCopyKey(userId, roleId), userId, unsaved: ready && dirty, write: writeCopy });

  return {
    dirty,
    restored,
    stale,
    /** Puts the held copy into the form (saving it then replaces the newer plan, knowingly). */
    applyStale: () => {
      if (!stale) return;
      first.current.restore(stale.stages);
      setRestored(stale); // its older base version makes the notice say that saving replaces the plan
      setStale(null);
      olderStore.clear();
    },
    discardStale: () => {
      olderStore.clear();
      setStale(null);
    },
    dismissNotice: () => setRestored(null),
    discard: () => {
      store.clear();
      setRestored(null);
    },
  };
}

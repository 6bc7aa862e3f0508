"use client";
// On the scorecard's first render in the browser: what to do with a copy of the answers kept on this
// device (typed before a reload, a crash or while offline). localStorage only exists after
// hydration, so this runs in an effect, once.
import { useEffect, useRef } from "react";
import type { ScorecardFormKit } from "@/lib/data/interview-kit";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { alignScores, sameScorecardValues } from "@/lib/validation/scorecard-rules";
import { mergeScorecards } from "@/lib/scorecards/merge";
import { readLocalCopy } from "./local-copies";
import type { AnswersNotice } from "./submit-bar";
import type { useAutosave } from "./use-autosave";

/**
 * A local copy newer than the server's wins (restored into the form, autosaved, `setNotice`);
 * one based on an older server version is merged with the server's field by field when the copy
 * knows what it started from, and is a conflict the user settles where both changed a field. On a submitted scorecard, a
 * local copy that differs is offered back as an amendment (`setLeftover`). Where nothing can be saved
 * any more (closed, or erased), the copy stays on this device (`setStrandedLocal`; sign-out asks about it).
 */
export function useRestoreLocalCopy({
  kit,
  resetAnswers,
  autosave,
  domainIds,
  setStrandedLocal,
  setLeftover,
  setNotice,
}: {
  kit: ScorecardFormKit;
  /** Puts answers into the form (reset-answers.ts). */
  resetAnswers: (values: ScorecardValues) => void;
  autosave: ReturnType<typeof useAutosave>;
  domainIds: string[];
  /** The copy's answers, aligned to the form's domains. */
  setStrandedLocal: (stranded: ScorecardValues) => void;
  setLeftover: (values: ScorecardValues) => void;
  setNotice: (notice: AnswersNotice) => void;
}) {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const local = readLocalCopy(kit.viewerId, kit.interview.id);
    if (!local) return;
    if (sameScorecardValues(local.values, kit.scorecard.values)) {
      autosave.clearLocal(); // the server already has exactly this
      return;
    }
    if (kit.closed && (kit.scorecard.status !== "SUBMITTED" || kit.candidate.erasedAt)) {
      setStrandedLocal(alignScores(local.values, domainIds));
      return;
    }
    const restoredValues = alignScores(local.values, domainIds);
    if (kit.scorecard.status === "SUBMITTED") {
      setLeftover(restoredValues);
      return;
    }
    const serverDraft = kit.scorecard.values;
    const merge =
      local.baseVersion !== kit.scorecard.version && local.base
        ? mergeScorecards(local.base, local.values, serverDraft)
        : null;
    if (local.baseVersion === kit.scorecard.version || (merge && merge.conflicts.length === 0)) {
      const values = merge ? alignScores(merge.merged, domainIds) : restoredValues;
      resetAnswers(values);
      autosave.onChange(values);
      setNotice(merge && merge.fromTheirs.length > 0 ? "merged" : "restored");
    } else {
      autosave.showConflict(
        {
          values: kit.scorecard.values,
          version: kit.scorecard.version,
          updatedAt: kit.scorecard.updatedAt ?? new Date().toISOString(),
          status: kit.scorecard.status,
        },
        restoredValues,
        local.base ?? null,
      );
    }
  }, [autosave, domainIds, resetAnswers, kit, setStrandedLocal, setLeftover, setNotice]);
}

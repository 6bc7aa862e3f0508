"use client";
// The scorecard's conflict, when a save met a newer copy from elsewhere: the dialog (loaded only
// then) and what each choice does to the form and its autosave.
import dynamic from "next/dynamic";
import { settleConflict } from "@/lib/scorecards/merge";
import type { ScorecardFormKit } from "@/lib/data/interview-kit";
import { alignScores, sameScorecardValues } from "@/lib/validation/scorecard-rules";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import type { useAutosave } from "./use-autosave";

const ConflictDialog = dynamic(() => import("./conflict-dialog").then((m) => m.ConflictDialog), { ssr: false });

export function ScorecardConflict({
  autosave,
  domains,
  resetAnswers,
  onKeptMine,
  onTookTheirs,
  onAmendWithMine,
}: {
  autosave: ReturnType<typeof useAutosave>;
  domains: ScorecardFormKit["domains"];
  resetAnswers: (values: ScorecardValues) => void;
  onKeptMine: () => void;
  /** `submittedThere`: the version taken is a submitted scorecard. */
  onTookTheirs: (submittedThere: boolean) => void;
  onAmendWithMine: (local: ScorecardValues, serverVersion: number) => void;
}) {
  const { state } = autosave;
  if (state.kind !== "conflict") return null;
  const domainIds = domains.map((d) => d.domainId);
  return (
    <ConflictDialog
      domains={domains}
      local={state.local}
      server={state.server}
      base={state.base}
      onKeepLocal={() => {
        // The form shows exactly what is kept, based on the server's version, so the next
        // keystroke or submit builds on it rather than on what was on screen.
        const kept = alignScores(settleConflict(state, "mine"), domainIds);
        resetAnswers(kept);
        autosave.resolveConflict(state.server, kept);
        onKeptMine();
      }}
      onUseServer={() => {
        const taken = settleConflict(state, "theirs");
        const same = sameScorecardValues(taken, state.server.values);
        resetAnswers(alignScores(taken, domainIds));
        autosave.resolveConflict(state.server, same ? null : alignScores(taken, domainIds));
        onTookTheirs(state.server.status === "SUBMITTED");
      }}
      onAmendWithLocal={() => onAmendWithMine(state.local, state.server.version)}
    />
  );
}

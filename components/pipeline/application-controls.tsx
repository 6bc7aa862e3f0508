"use client";
import { useState, useTransition } from "react";
import { moveApplicationAction, scheduleStageAction } from "@/app/(app)/roles/pipeline-actions";
import { Button } from "@/components/ui/button";

type Stage = { id: string; name: string };

type Props = {
  applicationId: string;
  candidate: string;
  stages: Stage[];
  currentStageId: string | null;
  status: string;
  /** Why scheduling is refused for now (role not open, plan unpublished); null when it isn't. */ scheduleBlocked?: string | null;
};

type Result = { ok: boolean; message?: string; created?: number; skipped?: string[]; decisionCleared?: boolean };

/** What to say after a successful action: skipped interviewers and a withdrawn decision are news. */
function successText(res: Result, ok: string) {
  const parts = [ok.replace("{n}", String(res.created ?? ""))];
  if (res.skipped?.length) parts.push(`Not assigned (no longer on the team or deactivated): ${res.skipped.join(", ")}.`);
  if (res.decisionCleared) parts.push("The recorded decision was withdrawn; record a new one on the debrief.");
  return parts.join(" ");
}

/** Per-candidate pipeline controls: schedule a stage's interviews, move stage, reject/withdraw. */
export function ApplicationControls({ applicationId, candidate, stages, currentStageId, status, scheduleBlocked = null }: Props) {
  const [stageId, setStageId] = useState(currentStageId ?? stages[0]?.id ?? "");
  const [when, setWhen] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const act = (fn: () => Promise<Result>, ok: string) =>
    start(async () => {
      const res = await fn();
      setMessage(res.ok ? successText(res, ok) : (res.message ?? "That didn't work."));
    });
  const canSchedule = status === "ACTIVE" && !scheduleBlocked;
  return (
    <div className="grid gap-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`st-${applicationId}`}>
          Stage for {candidate}
        </label>
        <select
          id={`st-${applicationId}`}
          value={stageId}
          onChange={(e) => setStageId(e.target.value)}
          className="h-8 rounded-md border border-border bg-card px-2"
        >
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`when-${applicationId}`}>
          Interview time (UTC) for {candidate}
        </label>
        <input
          id={`when-${applicationId}`}
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          className="h-8 rounded-md border border-border bg-card px-2"
        />
        <Button
          size="sm"
          disabled={pending || !stageId || !canSchedule}
          title={scheduleBlocked ?? (status !== "ACTIVE" ? "Reopen the candidate to schedule interviews" : undefined)}
          onClick={() => act(() => scheduleStageAction({ applicationId, stageId, scheduledAt: when }), "Interviews scheduled ({n} new).")}
        >
          Schedule interviews
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={pending || !stageId || stageId === currentStageId}
          onClick={() => act(() => moveApplicationAction({ applicationId, stageId }), "Moved.")}
        >
          Move to stage
        </Button>
        {status === "ACTIVE" ? (
          <>
            <Button
              size="sm"
              variant="ghost"
              className="text-danger"
              disabled={pending}
              onClick={() => act(() => moveApplicationAction({ applicationId, status: "REJECTED" }), "Rejected.")}
            >
              Reject
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={pending}
              onClick={() => act(() => moveApplicationAction({ applicationId, status: "WITHDRAWN" }), "Marked as withdrawn.")}
            >
              Mark as withdrawn
            </Button>
          </>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            onClick={() => act(() => moveApplicationAction({ applicationId, status: "ACTIVE" }), "Reopened.")}
          >
            Reopen
          </Button>
        )}
      </div>
      {scheduleBlocked && status === "ACTIVE" ? <p className="text-xs text-muted-foreground">{scheduleBlocked}</p> : null}
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { applicationSeatsAction, scheduleStageAction } from "@/lib/interviews/actions";
import { InterviewTimeField, localInputToInstant } from "@/components/interviews/interview-time-field";
import { Button } from "@/components/ui/button";
import type { ScheduleOutcome } from "@/lib/interviews/schedule";
import { scheduleSchema } from "@/lib/validation/application";
import { weekOfLocalDate, type Seat } from "@/lib/readiness/rules";
import { ScheduleSeats, type Load, type StageInterviewer } from "./schedule-seats";
import { Select } from "@/components/ui/select";

type Stage = { id: string; name: string; interviewers?: StageInterviewer[] };
type Props = {
  applicationId: string;
  candidate: string;
  stages: Stage[];
  currentStageId: string | null;
  /** Why scheduling is refused for now (role not open, plan unpublished, candidate not active); null when it isn't. */
  blocked: string | null;
  serverZone: string;
  /** Each stage interviewer's interviews per week against their limit (lib/readiness interviewerLoad). */
  load?: Load;
};

const NO_LOAD: Load = { limits: {}, weeks: {} };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What happened, in words: new, moved and untouched interviews, the stage, the invitations. */
export function scheduleText(res: ScheduleOutcome, candidate: string, stage: string, stageIsCurrent: boolean) {
  const done = [
    res.created ? `scheduled ${plural(res.created, "new interview")}` : null,
    res.rescheduled ? `rescheduled ${plural(res.rescheduled, "interview")} to the new time` : null,
    res.unchanged ? `${plural(res.unchanged, "interview was", "interviews were")} already at that time` : null,
  ].filter(Boolean);
  const parts = [done.length ? `${stage}: ${done.join("; ")}.` : `${stage}: nothing to change.`];
  const invited = res.created + res.rescheduled;
  if (invited === 1) parts.push("A calendar invitation was emailed to that interviewer.");
  else if (invited > 1) parts.push(`Calendar invitations were emailed to those ${invited} interviewers.`);
  if (res.alreadyScored.length) parts.push(`Left as held (scorecard submitted): ${res.alreadyScored.join(", ")}.`);
  if (res.skipped.length)
    parts.push(
      `Not assigned (no longer on the team, deactivated, or no longer an interviewer): ${res.skipped.join(", ")}.`,
    );
  if (res.notIndependent.length)
    parts.push(
      `Not assigned (already reads the other interviewers' feedback on ${candidate}, so would not interview independently): ${res.notIndependent.join(", ")}.`,
    );
  if (res.notEmailed.length)
    parts.push(
      `The invitation email to ${res.notEmailed.join(", ")} failed; download it from the candidate's interviews.`,
    );
  if (res.moved) parts.push(`${candidate} moved to ${stage}.`);
  else if (!stageIsCurrent) parts.push(`${candidate} stays in their current stage.`);
  return parts.join(" ");
}

/** Schedules a stage's interviews at a time (required); moving the candidate there is a separate, opt-in step. */
export function ScheduleForm({
  applicationId,
  candidate,
  stages,
  currentStageId,
  blocked,
  serverZone,
  load = NO_LOAD,
}: Props) {
  const router = useRouter();
  const [stageId, setStageId] = useState(currentStageId ?? stages[0]?.id ?? "");
  const [when, setWhen] = useState("");
  const [moveToStage, setMoveToStage] = useState(false);
  // Seats changed here, per stage (the rest keep theirs, or lead for a new interview).
  const [seatsByStage, setSeatsByStage] = useState<Record<string, Record<string, Seat>>>({});
  const seats = seatsByStage[stageId] ?? {};
  // The seats already set on this candidate's interviews (read when the form opens), shown as the
  // selects' values: a shadow is never shown as a lead. Only seats changed here are sent.
  const [current, setCurrent] = useState<Record<string, Record<string, Seat>>>({});
  // Who would not be given a new interview on this candidate (already reads the panel's feedback).
  const [notIndependent, setNotIndependent] = useState<string[]>([]);
  const [refreshed, setRefreshed] = useState(0);
  useEffect(() => {
    let live = true;
    void applicationSeatsAction({ applicationId })
      .then((res) => {
        if (live && res.ok && "seats" in res) {
          setCurrent(res.seats);
          setNotIndependent(res.notIndependent);
        }
      })
      .catch(() => undefined); // offline: the selects show lead, and nothing is sent unless changed
    return () => {
      live = false;
    };
  }, [applicationId, refreshed]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const stage = stages.find((s) => s.id === stageId);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      applicationId,
      stageId,
      scheduledAt: localInputToInstant(when),
      moveToStage,
      ...(Object.keys(seats).length ? { seats } : {}),
    };
    const parsed = scheduleSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setMessage(null);
      return;
    }
    setErrors({});
    start(async () => {
      const res = await scheduleStageAction(input);
      if (!res.ok) {
        setErrors("fieldErrors" in res ? res.fieldErrors : {});
        setMessage(res.message);
        return;
      }
      setMessage(scheduleText(res, candidate, stage?.name ?? "The stage", stageId === currentStageId));
      setWhen("");
      setMoveToStage(false);
      setSeatsByStage({});
      setRefreshed((n) => n + 1);
      router.refresh();
    });
  };
  const id = `sched-${applicationId}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Schedule interviews for ${candidate}`}
      className="grid grid-cols-[minmax(0,1fr)] gap-2"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid max-w-full grid-cols-[minmax(0,1fr)] gap-1">
          <label htmlFor={`${id}-stage`} className="text-sm font-medium">
            Stage
          </label>
          <Select id={`${id}-stage`} value={stageId} onChange={(e) => setStageId(e.target.value)} size="sm">
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.id === currentStageId ? " (current stage)" : ""}
              </option>
            ))}
          </Select>
        </div>
        <InterviewTimeField
          id={`${id}-when`}
          value={when}
          onChange={setWhen}
          error={errors.scheduledAt}
          serverZone={serverZone}
        />
      </div>
      <ScheduleSeats
        id={id}
        interviewers={stage?.interviewers ?? []}
        load={load}
        week={weekOfLocalDate(when)}
        seats={{ ...current[stageId], ...seats }}
        notIndependent={notIndependent}
        onSeat={(userId, seat) =>
          setSeatsByStage((all) => ({ ...all, [stageId]: { ...all[stageId], [userId]: seat } }))
        }
      />
      {stageId !== currentStageId ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={moveToStage}
            onChange={(e) => setMoveToStage(e.target.checked)}
            className="h-4 w-4"
          />
          Also move {candidate} to {stage?.name ?? "this stage"}
        </label>
      ) : null}
      <div>
        <Button type="submit" size="sm" className="h-9" disabled={pending || !!blocked || !stageId}>
          {pending ? "Scheduling…" : "Schedule interviews"}
        </Button>
      </div>
      {blocked ? <p className="text-xs text-muted-foreground">{blocked}</p> : null}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </form>
  );
}

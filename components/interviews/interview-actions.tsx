"use client";
// Reschedule or cancel one interview. Both email the interviewer the updated calendar
// invitation (lib/interviews/service.ts); cancelling asks first.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelInterviewAction, rescheduleInterviewAction } from "@/lib/interviews/actions";
import {
  InterviewTimeField,
  instantToLocalInput,
  localInputToInstant,
} from "@/components/interviews/interview-time-field";
import { Button } from "@/components/ui/button";
import { useNotice } from "@/components/ui/notices";
import { useRefreshOnStaleRefusal } from "@/components/ui/use-refresh-on-stale-refusal";
import { rescheduleSchema } from "@/lib/validation/application";
import { loadStatus, loadText, weekOfLocalDate } from "@/lib/readiness/rules";

type Props = {
  interviewId: string;
  label: string;
  scheduledAt: string | null;
  canCancel: boolean;
  serverZone: string;
  /** The interviewer's weekly limit and interviews per week (the week's Monday), shown against the new time's week. */
  load?: { limit: number; weeks: Record<string, number> };
};
type Mode = "idle" | "reschedule" | "cancel";

const emailed = (res: { emailed: boolean; notEmailed: string[] }, ok: string) =>
  res.notEmailed.length
    ? `${ok} The email to ${res.notEmailed.join(", ")} failed; send them the calendar file.`
    : res.emailed
      ? `${ok} The interviewer was emailed the updated calendar invitation.`
      : ok;

/** The interviewer's other interviews in the chosen week against their limit, counting this one. */
function weekLoad(load: NonNullable<Props["load"]>, when: string, scheduledAt: string | null) {
  const week = weekOfLocalDate(when);
  if (!week) return null;
  const sameWeek = scheduledAt !== null && weekOfLocalDate(instantToLocalInput(scheduledAt)) === week;
  const others = Math.max(0, (load.weeks[week] ?? 0) - (sameWeek ? 1 : 0));
  const status = loadStatus(others, load.limit);
  return { text: loadText(others, load.limit), status };
}

export function InterviewActions({ interviewId, label, scheduledAt, canCancel, serverZone, load }: Props) {
  const router = useRouter();
  // Cancelled, rescheduled or scored meanwhile (another tab, the interviewer): show where it stands now.
  const refreshIfStale = useRefreshOnStaleRefusal(["scheduledAt"]);
  const [mode, setMode] = useState<Mode>("idle");
  const [when, setWhen] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const notice = useNotice();
  const notify = (m: string) => (notice ? notice(m) : setMessage(m));
  const [pending, start] = useTransition();
  const week = load && mode === "reschedule" ? weekLoad(load, when, scheduledAt) : null;
  const open = (m: Mode) => {
    setMode(m);
    setMessage(null);
    setError(undefined);
    if (m === "reschedule") setWhen(instantToLocalInput(scheduledAt));
  };
  const reschedule = (e: React.FormEvent) => {
    e.preventDefault();
    const input = { interviewId, scheduledAt: localInputToInstant(when) };
    const parsed = rescheduleSchema.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    start(async () => {
      const res = await rescheduleInterviewAction(input);
      if (!res.ok) {
        // A refusal about the time stays beside the field; any other one outlives the row it refreshes away.
        if (res.kind === "invalid" && res.fieldErrors.scheduledAt) return setError(res.message);
        notify(res.message);
        return refreshIfStale(res);
      }
      setMode("idle");
      notify(
        res.unchanged ? `${label}: already at that time; nothing changed.` : emailed(res, `${label} rescheduled.`),
      );
      router.refresh();
    });
  };
  const cancel = () =>
    start(async () => {
      const res = await cancelInterviewAction({ interviewId });
      if (!res.ok) {
        notify(res.message);
        return refreshIfStale(res);
      }
      setMode("idle");
      notify(emailed(res, `${label} cancelled.`));
      router.refresh();
    });
  return (
    <div className="grid w-full gap-2 sm:w-auto">
      {mode === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="outline" onClick={() => open("reschedule")}>
            {scheduledAt ? "Reschedule" : "Set a time"}
            <span className="sr-only"> {label}</span>
          </Button>
          {canCancel ? (
            <Button size="sm" variant="ghost" className="text-danger" onClick={() => open("cancel")}>
              Cancel interview<span className="sr-only"> {label}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
      {mode === "reschedule" ? (
        <form onSubmit={reschedule} noValidate className="grid gap-2" aria-label={`Reschedule ${label}`}>
          <InterviewTimeField
            id={`re-${interviewId}`}
            label="New date and time"
            value={when}
            onChange={setWhen}
            error={error}
            serverZone={serverZone}
          />
          {week ? (
            <p className="text-xs text-muted-foreground">
              Their other interviews: {week.text}
              {week.status === "over"
                ? " (over the limit with this one)"
                : week.status === "at-limit"
                  ? " (at the limit with this one)"
                  : ""}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              Save new time
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setMode("idle")}>
              Keep as it was
            </Button>
          </div>
        </form>
      ) : null}
      {mode === "cancel" ? (
        <div role="group" aria-label={`Cancel ${label}`} className="grid gap-2 rounded-md border border-danger/40 p-2">
          <p>Cancel {label}? The interviewer&apos;s calendar gets the cancellation.</p>
          <div className="flex gap-2">
            <Button size="sm" variant="danger" disabled={pending} onClick={cancel}>
              Yes, cancel it
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}

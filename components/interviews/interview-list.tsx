// A candidate's interviews: stage, interviewer, time (in the viewer's zone), scorecard status and
// the last reminder. Status only: the feedback itself is the independence rule's business.
import { InterviewActions } from "@/components/interviews/interview-actions";
import { Badge } from "@/components/ui/badge";
import { Notices } from "@/components/ui/notices";
import type { ApplicationInterviews, ScorecardState } from "@/lib/data/application-interviews";
import { formatDateTime } from "@/lib/dates";
import type { InterviewerLoad } from "@/lib/readiness/queries";

const STATE_BADGE: Record<ScorecardState, { variant: "success" | "muted" | "danger" | "warning"; label: string }> = {
  submitted: { variant: "success", label: "scorecard submitted" },
  draft: { variant: "warning", label: "scorecard in draft" },
  due: { variant: "danger", label: "scorecard due" },
  "not started": { variant: "muted", label: "scorecard not started" },
  // Not "due": nobody can submit it any more (the application closed; which way is not said here).
  closed: { variant: "muted", label: "no scorecard: application closed" },
};

type Props = {
  data: ApplicationInterviews;
  candidate: string;
  timeZone: string;
  /** Interviews per interviewer and week against their limits, for rescheduling (lib/readiness interviewerLoad). */
  load?: InterviewerLoad;
};

export function InterviewList({ data, candidate, timeZone, load }: Props) {
  const { rows, total, scope, canManage, active } = data;
  return (
    <section aria-labelledby="interviews" className="mt-8">
      <h2 id="interviews" className="mb-1 scroll-mt-20 text-lg font-semibold">
        {scope === "own" ? "Your interviews with this candidate" : "Interviews"} <Badge variant="muted">{total}</Badge>
      </h2>
      <p className="mb-3 text-sm text-muted-foreground">
        Times in {timeZone === "UTC" ? "UTC" : timeZone}.{" "}
        {scope === "own"
          ? "Other interviewers' interviews are not shown to you."
          : "Scorecard status only; feedback follows the independence rule."}
      </p>
      <Notices>
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
            No interviews scheduled for {candidate} yet.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-card">
            {rows.map((r) => {
              const badge = STATE_BADGE[r.scorecard];
              return (
                <li
                  key={r.id}
                  className="grid gap-1 p-3 text-sm sm:grid-cols-[minmax(10rem,1fr)_minmax(9rem,auto)_auto] sm:items-start sm:gap-4"
                >
                  <div>
                    <p className="font-medium">{r.stage}</p>
                    <p className="text-muted-foreground">
                      {r.interviewer}
                      {r.mine ? " (you)" : ""}
                    </p>
                  </div>
                  <div>
                    <p>
                      {r.scheduledAt ? (
                        <time dateTime={r.scheduledAt.toISOString()}>{formatDateTime(r.scheduledAt, timeZone)}</time>
                      ) : (
                        "Not scheduled"
                      )}
                    </p>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Badge variant={badge.variant}>{badge.label}</Badge>
                      {r.submittedAt ? (
                        <span className="text-xs text-muted-foreground">{formatDateTime(r.submittedAt, timeZone)}</span>
                      ) : null}
                    </p>
                    <p className="text-xs text-muted-foreground">
                      {r.lastReminder
                        ? `Reminder sent ${formatDateTime(r.lastReminder.sentAt, timeZone)}${r.lastReminder.byHand ? " (by hand)" : ""}`
                        : "No reminder sent"}
                    </p>
                  </div>
                  <div className="no-print flex flex-wrap items-start gap-x-3 gap-y-1 sm:justify-end">
                    {r.mine ? (
                      <a href={`/interviews/${r.id}`} className="text-primary underline underline-offset-4">
                        {r.scorecard === "closed" ? "Open interview kit" : "Open scorecard"}
                      </a>
                    ) : null}
                    {r.canDownload ? (
                      <a
                        href={`/api/interviews/${r.id}/invite.ics`}
                        className="text-primary underline underline-offset-4"
                        download
                      >
                        Calendar file (.ics)
                        <span className="sr-only">
                          {" "}
                          for {r.stage} with {r.interviewer}
                        </span>
                      </a>
                    ) : null}
                    {canManage && active && r.scorecard !== "submitted" ? (
                      <InterviewActions
                        interviewId={r.id}
                        label={`${r.stage} with ${r.interviewer}`}
                        scheduledAt={r.scheduledAt?.toISOString() ?? null}
                        canCancel={!r.started}
                        serverZone={timeZone}
                        load={
                          load?.limits[r.interviewerId] !== undefined
                            ? { limit: load.limits[r.interviewerId]!, weeks: load.weeks[r.interviewerId] ?? {} }
                            : undefined
                        }
                      />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Notices>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-muted-foreground">
          Showing the first {rows.length} of {total}.
        </p>
      ) : null}
    </section>
  );
}

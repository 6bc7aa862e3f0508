"use client";
// Moving a candidate: to another stage, to an outcome with a reason (reject: the pipeline's
// move; hire: the owner's decision, which the debrief shows), withdrawn or reopened. The same
// services and rules as everywhere else (moveApplication, recordDecision, outcomeRefusal).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { recordDecisionAction } from "@/lib/applications/actions";
import { moveApplicationAction } from "@/lib/applications/actions";
import type { ActionResult } from "@/lib/action-result";
import { cancelledAheadText, notRestoredText, type CancelledAtClose } from "@/lib/applications/status";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { NoticeText, useNotice, type NoticeLink } from "@/components/ui/notices";
import { useRefreshOnStaleRefusal } from "@/components/ui/use-refresh-on-stale-refusal";
import { moveSchema, REASON_MAX } from "@/lib/validation/application";
import { decisionSchema } from "@/lib/validation/decision";
import { maxOf } from "@/lib/validation/text-limits";
import { Select } from "@/components/ui/select";

const RATIONALE_MAX = maxOf(decisionSchema.shape.rationale);

type Stage = { id: string; name: string };
type Props = {
  applicationId: string;
  candidate: string;
  stages: Stage[];
  currentStageId: string | null;
  status: ApplicationStatus;
  /** The role's owner or an admin: may record a hire (the decision). */
  canHire: boolean;
};
type Result = ActionResult<{
  decisionCleared?: boolean;
  cancelledInterviews?: number;
  notRestored?: CancelledAtClose[];
}>;

export function MoveControls({ applicationId, candidate, stages, currentStageId, status, canHire }: Props) {
  const router = useRouter();
  // Refused because the candidate changed meanwhile (moved or closed in another tab): show where they are now.
  const refreshIfStale = useRefreshOnStaleRefusal(["reason", "rationale"]);
  const others = stages.filter((s) => s.id !== currentStageId);
  // The usual move is forward: the stage after the current one (stages come in the plan's order),
  // the first stage for a candidate in none. From the last stage every move goes back, so none is
  // preselected (one tap on Move took a finalist back to the first stage).
  const at = stages.findIndex((s) => s.id === currentStageId);
  const forward = at < 0 ? stages[0] : stages[at + 1];
  // Every action says which status it was offered for: one changed meanwhile (another tab, a
  // colleague) is refused, never turned into another outcome (a stale "Record hire" on a rejection).
  const [chosen, setChosen] = useState(forward?.id ?? "");
  // After a move the list changes (the old stage is back, the new one gone): a choice no longer
  // offered falls back to the next stage, as the select shows it.
  const stageId = others.some((s) => s.id === chosen) ? chosen : (forward?.id ?? "");
  const [outcome, setOutcome] = useState<"REJECT" | "HIRE">("REJECT");
  // One text per outcome: a rejection's reason must not become a hire's rationale by a click on the other radio.
  const [texts, setTexts] = useState({ REJECT: "", HIRE: "" });
  const reason = texts[outcome];
  const setReason = (text: string) => setTexts((t) => ({ ...t, [outcome]: text }));
  const [problem, setReasonError] = useState<string | undefined>();
  // Past the limit the count under the box says so ("… over the 2,000 limit"): not the schema's words too.
  const reasonMax = outcome === "HIRE" ? RATIONALE_MAX : REASON_MAX;
  const reasonError = problem && reason.length > reasonMax ? undefined : problem;
  const [message, setMessage] = useState<{ message: string; link?: NoticeLink } | null>(null);
  // Rejecting over scorecards still due for held interviews: the server asks first, then this box says yes.
  const [askRejectAnyway, setAskRejectAnyway] = useState<{ question: string; count: number } | null>(null);
  const [rejectAnyway, setRejectAnyway] = useState(false);
  // The question appears while the Reject button is disabled (focus fell to the page): take the
  // keyboard to its checkbox, in view, so the next key answers it.
  const rejectAnywayBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!askRejectAnyway) return;
    rejectAnywayBox.current?.focus();
    rejectAnywayBox.current?.scrollIntoView({ block: "center" });
  }, [askRejectAnyway]);
  const [pending, start] = useTransition();
  // On the board a rejected card leaves the page: the board's status line keeps the message.
  const notice = useNotice();
  const say = (m: string, link?: NoticeLink) => (notice ? notice(m, link) : setMessage({ message: m, link }));
  // Messages that send the person to the debrief link it (the debrief is the application's).
  const debrief: NoticeLink = { href: `/candidates/${applicationId}/debrief`, label: "Open the debrief" };
  const act = (fn: () => Promise<Result>, ok: string) =>
    start(async () => {
      const res = await fn();
      if (!res.ok) {
        const fieldErrors = res.kind === "invalid" ? res.fieldErrors : {};
        setReasonError(fieldErrors.reason ?? fieldErrors.rationale);
        // A hire over outstanding scorecards is confirmed on the debrief, which lists them.
        if (fieldErrors.withoutOutstanding && outcome === "REJECT") {
          // Asked again with another number: the box is unticked, the person answers the new question.
          setRejectAnyway(false);
          return setAskRejectAnyway({ question: res.message, count: Number(fieldErrors.outstandingCount) });
        }
        if (fieldErrors.withoutOutstanding)
          return say(`${res.message} The candidate's debrief lists them and lets you confirm.`, debrief);
        say(res.message);
        refreshIfStale(res);
        return;
      }
      say(
        [
          ok,
          res.decisionCleared ? "The recorded decision was withdrawn; record a new one on the debrief." : "",
          cancelledAheadText(res.cancelledInterviews),
          notRestoredText(res.notRestored ?? []),
        ]
          .filter(Boolean)
          .join(" "),
        res.decisionCleared ? debrief : undefined,
      );
      setReason("");
      setAskRejectAnyway(null);
      setRejectAnyway(false);
      router.refresh();
    });
  const recordOutcome = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed =
      outcome === "HIRE"
        ? decisionSchema.safeParse({ decision: "HIRE", rationale: reason })
        : moveSchema.safeParse({ applicationId, status: "REJECTED", reason });
    if (!parsed.success) return setReasonError(parsed.error.issues[0]?.message);
    setReasonError(undefined);
    if (outcome === "HIRE")
      act(
        () => recordDecisionAction(applicationId, { decision: "HIRE", rationale: reason, expectedStatus: status }),
        `${candidate}: hire recorded.`,
      );
    else
      act(
        () =>
          moveApplicationAction({
            applicationId,
            status: "REJECTED",
            reason,
            expectedStatus: status,
            ...(askRejectAnyway && rejectAnyway ? { withoutOutstanding: askRejectAnyway.count } : {}),
          }),
        `${candidate} rejected; the reason is in the audit log.`,
      );
  };
  const id = `move-${applicationId}`;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3 text-sm">
      {status === "ACTIVE" && others.length ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid max-w-full grid-cols-[minmax(0,1fr)] gap-1">
            <label htmlFor={`${id}-stage`} className="font-medium">
              Move to stage
            </label>
            <Select id={`${id}-stage`} value={stageId} onChange={(e) => setChosen(e.target.value)} size="sm">
              {forward ? null : <option value="">Choose a stage</option>}
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </div>
          <Button
            size="sm"
            variant="outline"
            className="h-9"
            disabled={pending || !stageId}
            onClick={() =>
              act(
                () =>
                  moveApplicationAction({
                    applicationId,
                    stageId,
                    expectedStatus: status,
                    expectedStageId: currentStageId,
                  }),
                `${candidate} moved to ${others.find((s) => s.id === stageId)?.name ?? "the stage"}.`,
              )
            }
          >
            Move<span className="sr-only"> {candidate}</span>
          </Button>
        </div>
      ) : null}
      {status === "ACTIVE" ? (
        <form onSubmit={recordOutcome} noValidate className="grid gap-2" aria-label={`Hire or reject ${candidate}`}>
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
            <legend className="mb-1 font-medium">Outcome</legend>
            <label className="flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-outcome`}
                checked={outcome === "REJECT"}
                onChange={() => setOutcome("REJECT")}
              />
              Reject
            </label>
            {canHire ? (
              <label className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  checked={outcome === "HIRE"}
                  onChange={() => setOutcome("HIRE")}
                />
                Hire (records your decision)
              </label>
            ) : null}
          </fieldset>
          <label htmlFor={`${id}-reason`} className="font-medium">
            {outcome === "HIRE"
              ? "Rationale (the evidence it rests on; at least 30 characters)"
              : "Reason (kept in the audit log)"}
          </label>
          <textarea
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            dir="auto"
            aria-invalid={!!problem}
            aria-describedby={`${id}-reason-count${reasonError ? ` ${id}-reason-err` : ""}`}
            className="w-full rounded-md border border-border bg-card px-2 py-1 text-base aria-[invalid=true]:border-danger sm:text-sm"
          />
          <FieldError id={`${id}-reason-err`} message={reasonError} />
          <CharacterCount id={`${id}-reason-count`} value={reason} max={reasonMax} />
          {askRejectAnyway && outcome === "REJECT" ? (
            <div className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
              <p id={`${id}-reject-ask`}>{askRejectAnyway.question}</p>
              <label className="flex items-start gap-1.5">
                <input
                  ref={rejectAnywayBox}
                  type="checkbox"
                  className="mt-0.5"
                  checked={rejectAnyway}
                  aria-describedby={`${id}-reject-ask`}
                  onChange={(e) => setRejectAnyway(e.target.checked)}
                />
                Reject without the scorecards still due (they can no longer be submitted)
              </label>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" variant={outcome === "HIRE" ? "default" : "danger"} disabled={pending}>
              {outcome === "HIRE" ? "Record hire" : "Reject"}
              <span className="sr-only"> {candidate}</span>
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              disabled={pending}
              onClick={() =>
                act(
                  () => moveApplicationAction({ applicationId, status: "WITHDRAWN", expectedStatus: status }),
                  `${candidate} marked as withdrawn.`,
                )
              }
            >
              Mark as withdrawn
            </Button>
          </div>
        </form>
      ) : (
        <Button
          size="sm"
          variant="outline"
          className="w-fit"
          disabled={pending}
          onClick={() =>
            act(
              () => moveApplicationAction({ applicationId, status: "ACTIVE", expectedStatus: status }),
              `${candidate} reopened.`,
            )
          }
        >
          Reopen<span className="sr-only"> {candidate}</span>
        </Button>
      )}
      {message ? (
        <p role="status" className="text-sm">
          <NoticeText {...message} />
        </p>
      ) : null}
    </div>
  );
}

"use client";
// The scorecard's sticky bottom bar: where the scorecard stands (saved, submitted, read only),
// messages, what is still missing, and the submit or amend button.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/dates";

/** Why the answers on screen changed without the person typing them. */
export type AnswersNotice = "restored" | "merged" | null;

const NOTICE_TEXT = {
  restored: "Restored what you typed on this device that had not reached the server yet.",
  merged: "Merged with changes saved in another tab or device: both sets of changes are kept.",
};

export function SubmitBar({
  status,
  notice,
  serverMessage,
  missing,
  missingShort = missing,
  onGoToMissing,
  action,
}: {
  /** Where the scorecard stands (SaveStatus, submitted, read only, amendment kept). */
  status: ReactNode;
  notice: AnswersNotice;
  serverMessage: string | null;
  /** What submitting still needs (empty when read only). */
  missing: string[];
  /** The same in a few words each, for the phone's one-line bar ("Observability rating"). */
  missingShort?: string[];
  /** Moves the keyboard to the first missing answer (the disabled Submit cannot be focused to learn it). */
  onGoToMissing?: () => void;
  /** The submit button, the amend button, or nothing. */
  action: ReactNode;
}) {
  // On a phone the bar is one compact row (the status over a short "Missing: ...", at most two
  // lines, the button beside them), so the ratings stay in view while typing; from sm up it is as
  // it was. min-w-0: the bar is a grid item and must not widen the page for its text.
  return (
    <div
      data-sticky-bottom
      className="no-print sticky bottom-0 -mx-4 min-w-0 border-t border-border bg-card/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:py-3"
    >
      <div className="flex min-w-0 flex-row items-center justify-between gap-3 sm:gap-2">
        <div className="min-w-0 flex-1 text-xs sm:flex-initial sm:text-sm" aria-live="polite">
          {status}
          {notice ? (
            <p role="status" className="mt-0.5 text-muted-foreground sm:mt-1">
              {NOTICE_TEXT[notice]}
            </p>
          ) : null}
          {serverMessage ? (
            <p role="alert" className="mt-0.5 text-danger sm:mt-1">
              {serverMessage}
            </p>
          ) : null}
          {missing.length > 0 ? (
            <p id="missing" className="mt-0.5 line-clamp-2 text-muted-foreground sm:mt-1 sm:line-clamp-none">
              <span className="sm:hidden">Missing: {missingShort.join(", ")}.</span>
              <span className="hidden sm:inline">Still missing: {missing.join(", ")}.</span>
            </p>
          ) : null}
          {missing.length > 0 && onGoToMissing ? (
            <button
              type="button"
              onClick={onGoToMissing}
              aria-describedby="missing"
              className="mt-0.5 text-primary underline underline-offset-4 sm:mt-1"
            >
              {missing.length === 1 ? "Go to it" : "Go to the first"}
            </button>
          ) : null}
        </div>
        <div className="shrink-0">{action}</div>
      </div>
    </div>
  );
}

/** Submit (with what is missing counted) or save an amendment; disabled while either can't go. */
export function SubmitButton({
  submitting,
  amending,
  missing,
  reasonTooShort,
  waitsForInterview = false,
}: {
  submitting: boolean;
  amending: boolean;
  missing: number;
  reasonTooShort: boolean;
  /** The interview has not started: the button waits for it and says so (the notice above gives the time). */
  waitsForInterview?: boolean;
}) {
  return (
    <Button
      type="submit"
      disabled={submitting || missing > 0 || reasonTooShort || waitsForInterview}
      aria-describedby={missing || reasonTooShort ? "missing" : undefined}
    >
      {submitting
        ? "Submitting…"
        : amending
          ? "Save amendment"
          : waitsForInterview
            ? "Submit after the interview"
            : missing
              ? `Submit (${missing} missing)`
              : "Submit scorecard"}
    </Button>
  );
}

export function SubmittedStatus({
  at,
  timeZone,
  applicationId,
  panelFeedbackOpen,
}: {
  at: string | Date | null | undefined;
  timeZone: string;
  applicationId: string;
  /** False while the panel's feedback stays hidden from the viewer (another scorecard of theirs to submit, or never shown). */
  panelFeedbackOpen: boolean;
}) {
  return (
    <span className="text-success">
      {submittedText(at, timeZone)} Locked.{" "}
      <a href={`/candidates/${applicationId}`} className="text-primary underline underline-offset-4">
        {panelFeedbackOpen ? "See the panel's feedback" : "Candidate page"}
      </a>
    </span>
  );
}

/** "Submitted 28 Nov 2026, 21:19 CET." or, with no time known, "Submitted." (never "Submitted ."). */
export function submittedText(at: string | Date | null | undefined, timeZone: string): string {
  const when = formatDateTime(at, timeZone, "");
  return when ? `Submitted ${when}.` : "Submitted.";
}

"use client";
// The scorecard's sticky bottom bar: where the scorecard stands (saved, submitted, read only),
// messages, what is still missing, and the submit or amend button.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/dates";

export function SubmitBar({
  status,
  restoredNotice,
  serverMessage,
  missing,
  action,
}: {
  /** Where the scorecard stands (SaveStatus, submitted, read only, amendment kept). */
  status: ReactNode;
  restoredNotice: boolean;
  serverMessage: string | null;
  /** What submitting still needs (empty when read only). */
  missing: string[];
  /** The submit button, the amend button, or nothing. */
  action: ReactNode;
}) {
  return (
    <div
      data-sticky-bottom
      className="no-print sticky bottom-0 -mx-4 border-t border-border bg-card/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="text-sm" aria-live="polite">
          {status}
          {restoredNotice ? (
            <p role="status" className="mt-1 text-muted-foreground">
              Restored what you typed on this device that had not reached the server yet.
            </p>
          ) : null}
          {serverMessage ? (
            <p role="alert" className="mt-1 text-danger">
              {serverMessage}
            </p>
          ) : null}
          {missing.length > 0 ? (
            <p id="missing" className="mt-1 text-muted-foreground">
              Still missing: {missing.join(", ")}.
            </p>
          ) : null}
        </div>
        {action}
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
}: {
  submitting: boolean;
  amending: boolean;
  missing: number;
  reasonTooShort: boolean;
}) {
  return (
    <Button
      type="submit"
      disabled={submitting || missing > 0 || reasonTooShort}
      aria-describedby={missing ? "missing" : undefined}
    >
      {submitting
        ? "Submitting…"
        : amending
          ? "Save amendment"
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
}: {
  at: string | Date | null | undefined;
  timeZone: string;
  applicationId: string;
}) {
  return (
    <span className="text-success">
      {submittedText(at, timeZone)} Locked.{" "}
      <a href={`/candidates/${applicationId}`} className="text-primary underline underline-offset-4">
        See the panel&apos;s feedback
      </a>
    </span>
  );
}

/** "Submitted 28 Nov 2026, 21:19 CET." or, with no time known, "Submitted." (never "Submitted ."). */
export function submittedText(at: string | Date | null | undefined, timeZone: string): string {
  const when = formatDateTime(at, timeZone, "");
  return when ? `Submitted ${when}.` : "Submitted.";
}

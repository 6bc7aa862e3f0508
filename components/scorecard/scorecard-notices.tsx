"use client";
// The notes in a scorecard's body: the application closed before it was submitted, and the
// reason asked for when amending a submitted one.
import { Button } from "@/components/ui/button";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { AMEND_REASON_MIN, ratingLabel, recommendationLabel } from "@/lib/validation/scorecard-rules";

/**
 * The application closed (or the candidate erased) before this scorecard was submitted. Answers
 * typed on this device that never reached the server are shown, read-only, to copy elsewhere:
 * the form shows the server's draft, and the copy is deleted at sign-out.
 */
export function ClosedNotice({
  reason,
  stranded,
  domainNames,
}: {
  reason: string;
  stranded: ScorecardValues | null;
  domainNames: Record<string, string>;
}) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p>
        {reason}: this scorecard can no longer be saved or submitted.
        {stranded
          ? " This device still holds answers you typed for it that never reached the server; they stay here until you sign out."
          : ""}
      </p>
      {stranded ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">Show what you typed on this device</summary>
          <dl className="mt-2 grid gap-2">
            {stranded.scores.map((s) => (
              <div key={s.domainId}>
                <dt className="font-medium">
                  {domainNames[s.domainId] ?? "A domain"}: {ratingLabel(s.rating)}
                </dt>
                <dd dir="auto" className="text-start whitespace-pre-wrap">
                  {s.evidence || "(no evidence)"}
                </dd>
              </div>
            ))}
            <div>
              <dt className="font-medium">Overall: {recommendationLabel(stranded.recommendation)}</dt>
              {stranded.privateNote ? (
                <dd dir="auto" className="text-start whitespace-pre-wrap">
                  {stranded.privateNote}
                </dd>
              ) : null}
            </div>
          </dl>
        </details>
      ) : null}
    </div>
  );
}

/** Why a submitted scorecard is being changed (kept in the audit log), and a way back. */
export function AmendReason({
  reason,
  onReasonChange,
  onCancel,
}: {
  reason: string;
  onReasonChange: (v: string) => void;
  onCancel: () => void;
}) {
  return (
    <section className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <label htmlFor="amend-reason" className="text-sm font-medium">
        Why are you changing a submitted scorecard?
      </label>
      <textarea
        id="amend-reason"
        rows={2}
        value={reason}
        onChange={(e) => onReasonChange(e.target.value)}
        className="mt-1.5 w-full rounded-md border border-border bg-card p-3 text-base sm:text-sm"
      />
      <p className="text-xs text-muted-foreground">
        Kept in the audit log with the previous values. At least {AMEND_REASON_MIN} characters.
      </p>
      <Button type="button" variant="outline" size="sm" className="mt-2" onClick={onCancel}>
        Cancel the amendment
      </Button>
    </section>
  );
}

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { recordDecisionAction } from "@/lib/applications/actions";
import { cancelledAheadText, notRestoredText, STATUS_OF_DECISION } from "@/lib/applications/status";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { DECISION_LABEL, DECISIONS, decisionSchema, type DecisionInput } from "@/lib/validation/decision";
import { maxOf } from "@/lib/validation/text-limits";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";
import type { OutstandingScorecard } from "@/lib/applications/decision";
import { RestoredNotice } from "@/components/ui/restored-notice";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { decisionCopy } from "./decision-copies";

const RATIONALE_MAX = maxOf(decisionSchema.shape.rationale);

const STATE_TEXT: Record<OutstandingScorecard["state"], string> = {
  draft: "draft in progress",
  "not started": "not started",
  upcoming: "interview still ahead",
  "not scheduled": "not scheduled",
};

export function DecisionForm({
  applicationId,
  userId,
  candidate,
  initial,
  outstanding,
}: {
  applicationId: string;
  /** Whose device copy this form keeps (a shared device never offers one person's to another). */
  userId: string;
  /** The name sign-out gives a copy kept here. */
  candidate: string;
  initial: Partial<DecisionInput>;
  /** Panelists whose scorecards are not in: hire or no hire would lock them out. */
  outstanding: OutstandingScorecard[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const form = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: {
      decision: initial.decision,
      rationale: initial.rationale ?? "",
      withoutOutstanding: false,
      basedOn: initial.basedOn ?? null,
      expectedStatus: initial.expectedStatus,
    },
  });
  // What the page shows is what a save builds on: after a refresh (this form's save, or a
  // colleague's decision found by a refused one), the newer state replaces the loaded one.
  useEffect(() => {
    form.setValue("basedOn", initial.basedOn ?? null);
    form.setValue("expectedStatus", initial.expectedStatus);
  }, [form, initial.basedOn, initial.expectedStatus]);
  const decision = useWatch({ control: form.control, name: "decision" });
  const rationale = useWatch({ control: form.control, name: "rationale" });
  const closes = decision === "HIRE" || decision === "NO_HIRE";
  const { errors, isSubmitting } = form.formState;

  // What is typed and not recorded stays on this device until it is (a reload, a closed tab, a
  // dropped connection), and leaving the page asks first.
  const copy = useMemo(() => decisionCopy(userId, applicationId), [userId, applicationId]);
  // What the server holds: the page's decision, or the one this form recorded since (until the
  // page shows it or a newer one).
  const [saved, setSaved] = useState<{ decision: DecisionInput["decision"]; rationale: string; at: string } | null>(
    null,
  );
  const recorded =
    saved && (!initial.basedOn || saved.at >= initial.basedOn)
      ? saved
      : { decision: initial.decision ?? null, rationale: initial.rationale ?? "" };
  const recordedRef = useRef(recorded);
  useEffect(() => {
    recordedRef.current = recorded;
  });
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  // localStorage exists only after hydration, so the copy is read (and then written) from an effect.
  useEffect(() => {
    const kept = copy.read();
    const now = recordedRef.current;
    const differs = Boolean(kept && (kept.decision !== now.decision || kept.rationale !== now.rationale));
    if (kept && differs) {
      if (kept.decision) form.setValue("decision", kept.decision);
      form.setValue("rationale", kept.rationale);
    }
    setRestored(differs);
    setReady(true);
  }, [copy, form]);
  const unrecorded = (decision ?? null) !== recorded.decision || (rationale ?? "") !== recorded.rationale;
  useEffect(() => {
    if (!ready) return;
    if (unrecorded) copy.write({ decision: decision ?? null, rationale: rationale ?? "", candidate });
    else copy.clear();
  }, [ready, unrecorded, decision, rationale, candidate, copy]);
  useUnsavedGuard(ready && unrecorded && !isSubmitting);
  const discard = () => {
    copy.clear();
    form.reset({ ...form.getValues(), rationale: recorded.rationale, decision: recorded.decision ?? undefined });
    setRestored(false);
  };

  const onSubmit = form.handleSubmit(async (v) => {
    const res = await recordDecisionAction(applicationId, { ...v, withoutOutstanding: closes && v.withoutOutstanding });
    setRefused(!res.ok && res.kind === "conflict");
    if (!res.ok) {
      setMessage(res.message);
      // Changed meanwhile: the page shows what is recorded now, as the message says (the typed
      // rationale stays in the form, and the next save builds on what the page now shows).
      if (res.kind === "conflict") router.refresh();
      return;
    }
    // The next save from this page builds on this decision, and nothing typed is left unrecorded.
    // The form shows the rationale as stored (trimmed, cleaned), so it reads as recorded.
    form.setValue("rationale", v.rationale);
    setSaved({ decision: v.decision, rationale: v.rationale, at: res.decidedAt });
    copy.clear();
    setRestored(false);
    form.setValue("basedOn", res.decidedAt);
    form.setValue("expectedStatus", STATUS_OF_DECISION[v.decision]);
    setMessage(
      ["Decision recorded.", cancelledAheadText(res.cancelledInterviews), notRestoredText(res.notRestored)]
        .filter(Boolean)
        .join(" "),
    );
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      {restored ? (
        <RestoredNotice
          id="decision-restored"
          title="Your decision, not recorded yet"
          discardLabel="Discard it"
          onDiscard={discard}
        >
          What you typed here before was kept on this device and is back in the form.{" "}
          {initial.decision ? "The decision recorded now is shown above." : "No decision is recorded yet."}
        </RestoredNotice>
      ) : null}
      {outstanding.length ? (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">
            {outstanding.length === 1 ? "One scorecard is" : `${outstanding.length} scorecards are`} not in yet:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {outstanding.map((o, i) => (
              <li key={i}>
                {o.interviewer} ({o.stage}): {STATE_TEXT[o.state]}
              </li>
            ))}
          </ul>
          <p className="mt-1">Hire or no hire closes the application: their drafts can then no longer be submitted.</p>
        </div>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium">Decision</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {DECISIONS.map((d) => (
            <label
              key={d}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring"
            >
              <input type="radio" value={d} className="sr-only" {...form.register("decision")} />
              {DECISION_LABEL[d]}
            </label>
          ))}
        </div>
        <FieldError id="decision-err" message={errors.decision?.message} />
      </fieldset>
      <FormField form={form} name="rationale" max={RATIONALE_MAX} id="rationale" label="Rationale">
        {(c) => (
          <textarea
            {...c}
            rows={4}
            dir="auto"
            className="rounded-md border border-border bg-card p-3 text-base sm:text-sm"
          />
        )}
      </FormField>
      {outstanding.length && closes ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" {...form.register("withoutOutstanding")} />
          Decide without {outstanding.length === 1 ? "their scorecard" : "their scorecards"}
        </label>
      ) : null}
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
      {/* Refused because someone decided meanwhile: what they wrote, which a save here replaces. */}
      {refused && initial.rationale ? (
        <blockquote className="rounded-md border border-border bg-muted p-3 text-sm whitespace-pre-line">
          <span className="block font-medium">The rationale recorded now</span>
          {initial.rationale}
        </blockquote>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        Record decision
      </Button>
    </form>
  );
}

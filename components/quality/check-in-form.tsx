"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type UseFormReturn } from "react-hook-form";
import { submitCheckInAction } from "@/lib/quality/actions";
import { Button } from "@/components/ui/button";
import { deviceCopy, tabStorage } from "@/components/ui/device-copy";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { FieldError } from "@/components/ui/field-error";
import { FieldSet } from "@/components/ui/fieldset";
import { Choices, type Choice } from "@/components/quality/choices";
import { FormField } from "@/components/ui/form-field";
import { LevelBadge } from "@/components/ui/level-badge";
import { Textarea } from "@/components/ui/textarea";
import { checkInRatingSchema, checkInSchema, OVERALL_LABEL, type CheckInInput } from "@/lib/validation/check-in";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const EVIDENCE_MAX = maxOf(checkInRatingSchema.shape.evidence);
const NOTE_MAX = maxOf(checkInSchema.shape.note);

type Domain = { domainId: string; name: string; target: number };

const LEVELS = [
  { value: 0, label: "Below L1" },
  { value: 1, label: "Level 1" },
  { value: 2, label: "Level 2" },
  { value: 3, label: "Level 3" },
  { value: null, label: "Not observed yet" },
] as const;

const OVERALL = [1, 2, 3, 4, 5].map((o) => ({ value: o, label: OVERALL_LABEL[o]! }));
const YES_NO = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
];

const ratingFieldId = (i: number) => `ci-domain-${i}`;

type Typed = Pick<CheckInInput, "ratings" | "note"> & Partial<Pick<CheckInInput, "overall" | "wouldHireAgain">>;

/** What was typed, as kept in this tab; anything malformed (an older format, a tampered value) is dropped. */
function parseTyped(raw: unknown): Typed | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.ratings) || typeof r.note !== "string") return null;
  const ratings = r.ratings.flatMap((x: unknown) => {
    const v = x as Record<string, unknown> | null;
    if (!v || typeof v.domainId !== "string" || typeof v.evidence !== "string") return [];
    const known = v.rating === null || (Number.isInteger(v.rating) && Number(v.rating) >= 0 && Number(v.rating) <= 3);
    return [{ domainId: v.domainId, rating: known ? (v.rating as number | null) : undefined, evidence: v.evidence }];
  });
  return {
    ratings: ratings as CheckInInput["ratings"],
    note: r.note,
    overall: Number.isInteger(r.overall) ? (r.overall as number) : undefined,
    wouldHireAgain: typeof r.wouldHireAgain === "boolean" ? r.wouldHireAgain : undefined,
  };
}

/** Whether anything was chosen or typed (a form reset to blank is nothing to keep). */
function hasTyped(t: Partial<Typed>): boolean {
  return (
    t.overall !== undefined ||
    t.wouldHireAgain !== undefined ||
    !!t.note?.trim() ||
    (t.ratings ?? []).some((r) => r?.rating !== undefined || !!r?.evidence?.trim())
  );
}

/** Every problem that stopped the check-in, in the form's order, each linking to its question. */
function summaryItems(errors: FieldErrors<CheckInInput>, domains: Domain[]): SummaryItem[] {
  const items: SummaryItem[] = [];
  domains.forEach((d, i) => {
    const e = errors.ratings?.[i];
    if (e?.rating?.message) items.push({ fieldId: ratingFieldId(i), message: `${d.name}: ${e.rating.message}` });
    if (e?.evidence?.message) items.push({ fieldId: `ev-${i}`, message: `${d.name}: ${e.evidence.message}` });
  });
  const whole = errors.ratings?.root?.message ?? errors.ratings?.message;
  if (whole) items.push({ fieldId: ratingFieldId(0), message: whole });
  if (errors.overall?.message) items.push({ fieldId: "overall", message: `Overall: ${errors.overall.message}` });
  if (errors.wouldHireAgain?.message)
    items.push({ fieldId: "again", message: `Would hire again: ${errors.wouldHireAgain.message}` });
  if (errors.note?.message) items.push({ fieldId: "ci-note", message: `Note: ${errors.note.message}` });
  return items;
}

/** One check-in: a level per required domain with evidence, the overall rating and "would hire again". */
export function CheckInForm({
  userId,
  applicationId,
  milestoneDays,
  label,
  domains,
}: {
  userId: string;
  applicationId: string;
  milestoneDays: number;
  label: string;
  domains: Domain[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<CheckInInput>({
    resolver: zodResolver(checkInSchema),
    ...CHECK_ON_SUBMIT,
    // The summary at the top takes the focus (each of its links then moves to its question), not the first field.
    shouldFocusError: false,
    defaultValues: {
      applicationId,
      milestoneDays,
      ratings: domains.map((d) => ({ domainId: d.domainId, rating: undefined as unknown as null, evidence: "" })),
      note: "",
    },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  // What was typed survives a reload or a trip to another page in this tab (sessionStorage: a
  // check-in speaks about an employee, so nothing outlives the tab on a shared device); leaving
  // with it unsent asks first.
  const copy = useMemo(
    () => deviceCopy(`aiops:check-in:${userId}:${applicationId}:${milestoneDays}`, parseTyped, tabStorage()),
    [userId, applicationId, milestoneDays],
  );
  const [restored, setRestored] = useState<"no" | "yes" | "checked">("no");
  useEffect(() => {
    const read = copy.read();
    const kept = read && hasTyped(read) ? read : null;
    if (kept) {
      const byDomain = new Map(kept.ratings.map((r) => [r.domainId, r]));
      const blank = (domainId: string) => ({ domainId, rating: undefined as unknown as null, evidence: "" });
      form.reset(
        {
          ...form.getValues(),
          ...kept,
          ratings: domains.map((d) => byDomain.get(d.domainId) ?? blank(d.domainId)),
        },
        { keepDefaultValues: true },
      );
    }
    // sessionStorage exists only after hydration, so the copy is read (and then written) from an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(kept ? "yes" : "checked");
  }, [copy, form, domains]);
  const typed = useWatch({ control: form.control });
  // Recorded: nothing left to keep or to ask about, while the page refreshes to the recorded check-in.
  const [recorded, setRecorded] = useState(false);
  const unsent = !recorded && hasTyped(typed as Partial<Typed>);
  useEffect(() => {
    if (restored === "no") return;
    if (!unsent) return copy.clear();
    const { ratings = [], note = "", overall, wouldHireAgain } = typed;
    copy.write({ ratings, note, overall, wouldHireAgain } as Typed);
  }, [restored, unsent, typed, copy]);
  useUnsavedGuard(unsent && !isSubmitting);
  // A long form on a phone: what stopped the save is listed at its top, which takes the focus.
  const summaryRef = useRef<HTMLDivElement>(null);
  const problems = submitCount > 0 ? summaryItems(errors, domains) : [];
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  // handleSubmit is called in the event, not during render (its callbacks use the summary's ref).
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(async (v) => {
      setMessage(null);
      const res = await submitCheckInAction(v);
      if (res.ok) {
        setRecorded(true);
        copy.clear();
        setMessage(
          res.alreadyRecorded ? "This check-in was already recorded with these answers." : "Check-in recorded.",
        );
        router.refresh();
        return;
      }
      if (res.kind === "invalid") {
        applyFieldErrors(form, res);
        focusSummary();
      }
      setMessage(res.message);
    }, focusSummary)(event);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={`${label} check-in`}>
      <ErrorSummary
        ref={summaryRef}
        items={problems}
        title={problems.length === 1 ? "One thing before recording" : `${problems.length} things before recording`}
      />
      {restored === "yes" && unsent ? (
        <p
          role="status"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-border bg-muted p-3 text-sm"
        >
          What you typed before is back (kept in this tab, not recorded yet).
          <button
            type="button"
            className="text-primary underline underline-offset-4"
            onClick={() => {
              copy.clear();
              form.reset();
              setRestored("checked");
            }}
          >
            Start again
          </button>
        </p>
      ) : null}
      {domains.map((d, i) => (
        <fieldset key={d.domainId} id={ratingFieldId(i)} className="grid gap-2 rounded-md border border-border p-3">
          <legend className="px-1 text-sm font-medium">
            {d.name} <span className="font-normal text-muted-foreground">· the role needs</span>{" "}
            <LevelBadge level={d.target} />
          </legend>
          <Controller
            control={form.control}
            name={`ratings.${i}.rating`}
            render={({ field }) => (
              <Choices
                name={field.name}
                options={LEVELS}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                group={{
                  role: "radiogroup",
                  "aria-label": `${d.name}: level on the job`,
                  "aria-describedby": errors.ratings?.[i]?.rating ? `r-${i}-err` : undefined,
                }}
              />
            )}
          />
          <FieldError id={`r-${i}-err`} message={errors.ratings?.[i]?.rating?.message} />
          <FormField
            form={form}
            name={`ratings.${i}.evidence`}
            max={EVIDENCE_MAX}
            id={`ev-${i}`}
            label="Evidence from the job: what they did, and what it showed"
            labelClassName="text-xs font-normal text-muted-foreground"
          >
            {(c) => <Textarea {...c} rows={2} />}
          </FormField>
        </fieldset>
      ))}
      <FieldError id="ratings-err" message={errors.ratings?.root?.message ?? errors.ratings?.message} />
      <ChoiceQuestion form={form} name="overall" id="overall" legend="Overall performance" options={OVERALL} />
      <ChoiceQuestion
        form={form}
        name="wouldHireAgain"
        id="again"
        legend="Knowing what you know now, would you hire them again?"
        options={YES_NO}
      />
      <FormField form={form} name="note" max={NOTE_MAX} id="ci-note" label="Note (optional)">
        {(c) => <Textarea {...c} rows={3} />}
      </FormField>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          Record the {label} check-in
        </Button>
      </div>
    </form>
  );
}

/** A question of the form answered by one of a few choices: radio buttons in the kit's FieldSet. */
function ChoiceQuestion<V extends number | boolean>({
  form,
  name,
  id,
  legend,
  options,
}: {
  form: UseFormReturn<CheckInInput>;
  name: "overall" | "wouldHireAgain";
  id: string;
  legend: string;
  options: readonly Choice<V>[];
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <FieldSet id={id} legend={legend} error={fieldState.error?.message}>
          {(c) => (
            <Choices
              name={name}
              control={c}
              options={options}
              value={field.value as V | undefined}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FieldSet>
      )}
    />
  );
}

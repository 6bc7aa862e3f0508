"use client";
// Taking a calibration exercise: a level per piece of anonymised evidence, checked as you go with
// the server's own schema (lib/validation/readiness.ts), then scored by submitCalibrationAttemptAction.
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Controller, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { deviceCopy } from "@/components/ui/device-copy";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/field-error";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { submitCalibrationAttemptAction } from "@/lib/readiness/actions";
import type { AttemptInput } from "@/lib/validation/readiness";
import { ExerciseLevelChoice } from "./exercise-level-choice";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const validation = lazyZodResolver<AttemptInput>(() =>
  import("@/lib/validation/readiness").then((m) => m.attemptSchema),
);

export type ExerciseItem = { id: string; position: number; evidence: string };

const itemFieldId = (i: number) => `item-${i + 1}`;

function summaryItems(errors: FieldErrors<AttemptInput>, serverMessage: string | null): SummaryItem[] {
  const items: SummaryItem[] = [];
  errors.answers?.forEach?.((e, i) => {
    if (e?.rating?.message) items.push({ fieldId: itemFieldId(i), message: `Evidence ${i + 1}: choose a level` });
  });
  if (serverMessage) items.push({ fieldId: itemFieldId(0), message: serverMessage });
  return items;
}

/** Levels chosen so far, by item id: a stored value that is not one is dropped. */
function parseChosen(raw: unknown): Record<string, number> | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const entries = Object.entries(raw).filter(
    ([, v]) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3,
  );
  return entries.length ? (Object.fromEntries(entries) as Record<string, number>) : null;
}

export function ExerciseForm({
  userId,
  exerciseId,
  items,
  onSubmitted,
}: {
  /** Keys this browser's copy of the levels chosen so far, so a shared device never offers one person's to another. */
  userId: string;
  exerciseId: string;
  items: ExerciseItem[];
  onSubmitted: (attemptId: string) => void;
}) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const form = useForm<AttemptInput>({
    resolver: validation.resolver,
    ...CHECK_ON_SUBMIT,
    defaultValues: {
      exerciseId,
      answers: items.map((i) => ({ itemId: i.id, rating: undefined as unknown as number })),
    },
  });
  const { errors, isSubmitting } = form.formState;
  // Levels chosen survive a reload or a closed tab (this browser only) until the attempt is sent.
  const copy = useMemo(
    () => deviceCopy(`aiops:calibration:${userId}:${exerciseId}`, parseChosen),
    [userId, exerciseId],
  );
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const chosen = copy.read();
    if (chosen)
      items.forEach((item, i) => {
        if (chosen[item.id] !== undefined) form.setValue(`answers.${i}.rating`, chosen[item.id]!);
      });
    // localStorage exists only after hydration, so the copy is read (and then written) from an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
  }, [copy, items, form]);
  const problems = tried ? summaryItems(errors, serverMessage) : [];
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  // handleSubmit is called in the event, not during render (its callbacks use the summary's ref).
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.handleSubmit(
      async (values) => {
        setServerMessage(null);
        const res = await submitCalibrationAttemptAction(values);
        if (res.ok) {
          copy.clear();
          onSubmitted(res.attemptId);
          return;
        }
        setTried(true);
        setServerMessage(res.message);
        focusSummary();
      },
      () => {
        setTried(true);
        setServerMessage(null);
        focusSummary();
      },
    )(event);
  const answers = useWatch({ control: form.control, name: "answers" });
  const unrated = (answers ?? []).filter((a) => a.rating === undefined).length;
  useEffect(() => {
    if (!restored) return;
    const chosen = Object.fromEntries(
      (answers ?? []).filter((a) => a.rating !== undefined).map((a) => [a.itemId, a.rating]),
    );
    if (Object.keys(chosen).length) copy.write(chosen);
    else copy.clear();
  }, [restored, answers, copy]);

  return (
    <form onSubmit={onSubmit} onFocus={validation.preload} noValidate className="grid gap-4" aria-label="Your ratings">
      <ErrorSummary
        ref={summaryRef}
        items={problems}
        title={problems.length === 1 ? "One thing before submitting" : `${problems.length} things before submitting`}
      />
      <ol className="grid gap-4">
        {items.map((item, i) => {
          const error = errors.answers?.[i]?.rating?.message;
          const errorId = `${itemFieldId(i)}-err`;
          return (
            <li key={item.id}>
              <section
                id={itemFieldId(i)}
                aria-labelledby={`${itemFieldId(i)}-h`}
                className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:p-5"
              >
                <h2 id={`${itemFieldId(i)}-h`} className="text-base font-semibold">
                  Evidence {i + 1} of {items.length}
                </h2>
                <blockquote
                  dir="auto"
                  className="border-l-4 border-border pl-3 text-sm leading-relaxed break-words whitespace-pre-line"
                >
                  {item.evidence}
                </blockquote>
                <Controller
                  control={form.control}
                  name={`answers.${i}.rating`}
                  render={({ field }) => (
                    <ExerciseLevelChoice
                      name={field.name}
                      label={`Evidence ${i + 1}: your level`}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      disabled={isSubmitting}
                      invalid={!!error}
                      describedBy={error ? errorId : undefined}
                    />
                  )}
                />
                <FieldError id={errorId} message={error} />
              </section>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Scoring…" : "Submit my ratings"}
        </Button>
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {unrated === 0 ? "Every piece rated." : `${unrated} of ${items.length} still to rate.`}
        </p>
      </div>
    </form>
  );
}

"use client";
// A calibration exercise for a domain, drawn from past panels' anonymised evidence
// (lib/readiness/service.ts createCalibrationExercise): the domain and how many items.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createCalibrationExerciseAction } from "@/lib/readiness/actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { INPUT_CLASS } from "@/components/ui/field-classes";
import { createExerciseSchema, EXERCISE_ITEMS } from "@/lib/validation/readiness";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { Select } from "@/components/ui/select";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Input = z.input<typeof createExerciseSchema>;
type Output = z.output<typeof createExerciseSchema>;

export function TeamExerciseForm({ domains }: { domains: { domainId: string; name: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createExerciseSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { domainId: domains[0]?.domainId ?? "", items: EXERCISE_ITEMS.default },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await createCalibrationExerciseAction(values);
    if (res.ok) {
      setMessage(`Exercise created with ${res.items} items. Interviewers find it on their readiness page.`);
      router.refresh();
      return;
    }
    const shown = res.kind === "invalid" ? applyFieldErrors(form, res, ["domainId", "items"]) : [];
    if (!shown.length) setMessage(res.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-exercise-h" className="grid gap-3 text-sm">
      <h3 id="new-exercise-h" className="font-medium">
        New exercise from past evidence
      </h3>
      <p className="text-xs text-muted-foreground">
        Items are closed applications whose consensus came from two or more interviewers with written evidence,
        anonymised (names of candidates and interviewers removed) and spread over the levels. The past panel&apos;s
        consensus is the answer.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        {/* The domain's own line on a phone (beside the items it was ~105 px wide at 390 px: "Observa…"). */}
        <FormField
          form={form}
          name="domainId"
          id="ex-domain"
          label="Domain"
          className="w-full min-w-0 sm:w-auto sm:flex-1"
        >
          {(c) => (
            <Select {...c} className="w-full sm:min-w-56">
              {domains.map((d) => (
                <option key={d.domainId} value={d.domainId}>
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          form={form}
          name="items"
          id="ex-items"
          label="Items"
          description={`${EXERCISE_ITEMS.min} to ${EXERCISE_ITEMS.max}`}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={EXERCISE_ITEMS.min}
              max={EXERCISE_ITEMS.max}
              className={`${INPUT_CLASS} w-24`}
            />
          )}
        </FormField>
      </div>
      <div>
        <Button type="submit" variant="outline" disabled={isSubmitting || domains.length === 0}>
          {isSubmitting ? "Creating…" : "Create exercise"}
        </Button>
      </div>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </form>
  );
}

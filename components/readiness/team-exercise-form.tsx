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
import { FieldError } from "@/components/ui/field-error";
import { INPUT_CLASS } from "@/components/ui/field-classes";
import { createExerciseSchema, EXERCISE_ITEMS } from "@/lib/validation/readiness";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { Select } from "@/components/ui/select";

type Input = z.input<typeof createExerciseSchema>;
type Output = z.output<typeof createExerciseSchema>;

export function TeamExerciseForm({ domains }: { domains: { domainId: string; name: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createExerciseSchema),
    defaultValues: { domainId: domains[0]?.domainId ?? "", items: EXERCISE_ITEMS.default },
  });
  const { errors, isSubmitting } = form.formState;
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
        Items are closed applications whose consensus came from two or more interviewers with written evidence, anonymised (names of
        candidates and interviewers removed) and spread over the levels. The past panel&apos;s consensus is the answer.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <div className="grid min-w-0 flex-1 gap-1">
          <label htmlFor="ex-domain" className="font-medium">
            Domain
          </label>
          <Select
            id="ex-domain"
            aria-invalid={!!errors.domainId}
            aria-describedby={errors.domainId ? "ex-domain-err" : undefined}
            className="w-full sm:min-w-56"
            {...form.register("domainId")}
          >
            {domains.map((d) => (
              <option key={d.domainId} value={d.domainId}>
                {d.name}
              </option>
            ))}
          </Select>
          <FieldError id="ex-domain-err" message={errors.domainId?.message} />
        </div>
        <div className="grid gap-1">
          <label htmlFor="ex-items" className="font-medium">
            Items
          </label>
          <input
            id="ex-items"
            type="number"
            inputMode="numeric"
            min={EXERCISE_ITEMS.min}
            max={EXERCISE_ITEMS.max}
            aria-invalid={!!errors.items}
            aria-describedby={`ex-items-hint${errors.items ? " ex-items-err" : ""}`}
            className={`${INPUT_CLASS} w-24`}
            {...form.register("items")}
          />
          <p id="ex-items-hint" className="text-xs text-muted-foreground">
            {EXERCISE_ITEMS.min} to {EXERCISE_ITEMS.max}
          </p>
          <FieldError id="ex-items-err" message={errors.items?.message} />
        </div>
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

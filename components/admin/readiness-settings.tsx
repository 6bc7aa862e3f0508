"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateReadinessSettingsAction } from "@/lib/readiness/actions";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field-classes";
import type { ReadinessSettings } from "@/lib/readiness/rules";
import { readinessSettingsSchema } from "@/lib/validation/readiness";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Input = z.input<typeof readinessSettingsSchema>;
type Output = z.output<typeof readinessSettingsSchema>;
type Name = keyof ReadinessSettings;

const FIELDS: { name: Name; label: string; hint: string; suffix?: string }[] = [
  { name: "shadowsRequired", label: "Shadow seats", hint: "Interviews a trainee sits in on, per domain." },
  {
    name: "reverseShadowsRequired",
    label: "Reverse-shadow seats",
    hint: "Interviews a trainee leads with a qualified interviewer watching.",
  },
  {
    name: "calibrationPassMark",
    label: "Calibration pass mark",
    hint: "Share of items rated exactly as the past panel did.",
    suffix: "%",
  },
  {
    name: "weeklyInterviewLimit",
    label: "Default weekly limit",
    hint: "Interviews a week, unless a person has their own limit.",
  },
];

/** What qualifies an interviewer to rate a domain, and the default weekly interview limit. */
export function ReadinessSettingsForm({ value }: { value: ReadinessSettings }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(readinessSettingsSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: value,
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      const res = await updateReadinessSettingsAction(values);
      if (res.ok) return setMessage("Saved. Progress and qualifications already held stay as they are.");
      applyFieldErrors(form, res);
      setMessage(res.message);
    },
    // Refused in the form: no earlier "Saved" beside the error.
    () => setMessage(null),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="readiness-settings-h" className="grid gap-3 text-sm">
      <div>
        <h3 id="readiness-settings-h" className="font-medium">
          Interviewer readiness
        </h3>
        <p className="text-xs text-muted-foreground">
          What qualifies an interviewer to rate a domain (per domain), and their interview load.
        </p>
      </div>
      <div className="grid grid-cols-2 gap-3">
        {FIELDS.map((f) => (
          <FormField
            form={form}
            name={f.name}
            key={f.name}
            id={`rs-${f.name}`}
            label={`${f.label}${f.suffix ? ` (${f.suffix})` : ""}`}
            description={f.hint}
          >
            {(c) => <input {...c} type="number" inputMode="numeric" min={0} className={INPUT_CLASS} />}
          </FormField>
        ))}
      </div>
      <div>
        <Button type="submit" variant="outline" disabled={isSubmitting}>
          Save readiness settings
        </Button>
      </div>
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </form>
  );
}

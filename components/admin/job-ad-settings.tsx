"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setJobAdSettingsAction } from "@/lib/settings/actions";
import { Button } from "@/components/ui/button";
import { FieldCharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { jobAdSettingsSchema, type JobAdSettings } from "@/lib/validation/job-ad-settings";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors } from "@/lib/forms/field-errors";

const FIELDS: { name: keyof JobAdSettings; label: string; hint: string }[] = [
  { name: "jobAdProfile", label: "About us (in every job ad)", hint: "Who you are and what the team works on, in two or three sentences." },
  { name: "jobAdBenefits", label: "What we offer", hint: "One benefit per line: pay review, leave, learning budget, on-call pay..." },
  { name: "jobAdEqualOpportunity", label: "Equal-opportunity statement", hint: "Closes every job ad." },
];

/** The texts every generated job description includes; empty ones are left out of the ad. */
export function JobAdSettingsForm({ value }: { value: JobAdSettings }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<JobAdSettings>({ resolver: zodResolver(jobAdSettingsSchema), mode: "onTouched", defaultValues: value });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await setJobAdSettingsAction(values);
    if (res.ok) setMessage("Saved. New job descriptions include these texts.");
    else {
      applyFieldErrors(form, res);
      setMessage(res.message);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 text-sm">
      {FIELDS.map((f) => (
        <div key={f.name} className="grid gap-1.5">
          <Label htmlFor={`ja-${f.name}`}>{f.label}</Label>
          <textarea
            id={`ja-${f.name}`}
            rows={3}
            aria-invalid={!!errors[f.name]}
            dir="auto"
            aria-describedby={`ja-${f.name}-hint ja-${f.name}-count${errors[f.name] ? ` ja-${f.name}-err` : ""}`}
            className="rounded-md border border-border bg-card p-2"
            {...form.register(f.name)}
          />
          <p id={`ja-${f.name}-hint`} className="text-xs text-muted-foreground">
            {f.hint}
          </p>
          <FieldError id={`ja-${f.name}-err`} message={errors[f.name]?.message} />
          <FieldCharacterCount
            control={form.control}
            name={f.name}
            max={maxOf(jobAdSettingsSchema.shape[f.name])}
            id={`ja-${f.name}-count`}
          />
        </div>
      ))}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          Save job-ad texts
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

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setJobAdSettingsAction } from "@/lib/settings/actions";
import { Button } from "@/components/ui/button";
import { jobAdSettingsSchema, type JobAdSettings } from "@/lib/validation/job-ad-settings";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";

const FIELDS: { name: keyof JobAdSettings; label: string; hint: string }[] = [
  {
    name: "jobAdProfile",
    label: "About us (in every job ad)",
    hint: "Who you are and what the team works on, in two or three sentences.",
  },
  {
    name: "jobAdBenefits",
    label: "What we offer",
    hint: "One benefit per line: pay review, leave, learning budget, on-call pay...",
  },
  { name: "jobAdEqualOpportunity", label: "Equal-opportunity statement", hint: "Closes every job ad." },
];

/** The texts every generated job description includes; empty ones are left out of the ad. */
export function JobAdSettingsForm({ value }: { value: JobAdSettings }) {
  const [message, setMessage] = useState<string | null>(null);
  // The texts as the server had them when this form got them: only what is changed from these is saved.
  const [loaded, setLoaded] = useState(value);
  const form = useForm<JobAdSettings>({
    resolver: zodResolver(jobAdSettingsSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: value,
  });
  const { isSubmitting, isDirty } = form.formState;
  // Texts typed and not saved: asked before a reload or a link takes them away (round I).
  useUnsavedGuard(isDirty && !isSubmitting);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await setJobAdSettingsAction({ ...values, loaded });
    if (res.ok) {
      setLoaded(values);
      form.reset(values); // saved: no longer unsaved work
      setMessage("Saved. New job descriptions include these texts.");
    } else {
      applyFieldErrors(form, res);
      setMessage(res.message);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 text-sm">
      {FIELDS.map((f) => (
        <FormField
          form={form}
          name={f.name}
          max={maxOf(jobAdSettingsSchema.shape[f.name])}
          key={f.name}
          id={`ja-${f.name}`}
          label={f.label}
          description={f.hint}
        >
          {(c) => <textarea {...c} rows={3} dir="auto" className="rounded-md border border-border bg-card p-2" />}
        </FormField>
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

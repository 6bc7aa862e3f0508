"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { recordDecisionAction } from "@/lib/applications/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { DECISION_LABEL, DECISIONS, decisionSchema, type DecisionInput } from "@/lib/validation/decision";
import { maxOf } from "@/lib/validation/text-limits";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const RATIONALE_MAX = maxOf(decisionSchema.shape.rationale);

export function DecisionForm({ applicationId, initial }: { applicationId: string; initial: Partial<DecisionInput> }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { decision: initial.decision, rationale: initial.rationale ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await recordDecisionAction(applicationId, v);
    if (!res.ok) return setMessage(res.message);
    setMessage("Decision recorded.");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <fieldset>
        <legend className="text-sm font-medium">Decision</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {DECISIONS.map((d) => (
            <label
              key={d}
              className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary has-[:checked]:text-white"
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
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        Record decision
      </Button>
    </form>
  );
}

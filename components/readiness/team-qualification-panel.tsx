"use client";
// Granting or revoking one person's qualification in one domain: the reason (kept in the audit
// log) is required, and the button says exactly what happens. Errors stay in the panel.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useState } from "react";
import { grantQualificationAction, revokeQualificationAction } from "@/lib/readiness/actions";
import { Button } from "@/components/ui/button";
import { FieldCharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/textarea";
import { grantSchema } from "@/lib/validation/readiness";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { refusalMayBeStale } from "@/lib/action-result";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

export type QualificationTarget = {
  mode: "grant" | "revoke";
  userId: string;
  person: string;
  domainId: string;
  domain: string;
};
type Values = { userId: string; domainId: string; note: string };

const NOTE_MAX = maxOf(grantSchema.shape.note);

export function TeamQualificationPanel({
  target,
  onCancel,
  onDone,
}: {
  target: QualificationTarget;
  onCancel: () => void;
  onDone: (status: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(grantSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { userId: target.userId, domainId: target.domainId, note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const grant = target.mode === "grant";
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = grant ? await grantQualificationAction(values) : await revokeQualificationAction(values);
    if (res.ok)
      return onDone(
        grant
          ? `${target.person} is now qualified to rate ${target.domain}.`
          : `${target.person} is no longer qualified to rate ${target.domain}; they train again in it.`,
      );
    // Granted or revoked meanwhile (another tab, a colleague): nothing is left to do here, so the
    // panel closes, the table's status line says why and the table shows where things stand now.
    if (refusalMayBeStale(res, ["note"])) return onDone(`${target.person}, ${target.domain}: ${res.message}`);
    if (res.kind === "invalid") applyFieldErrors(form, res, ["note"]);
    setMessage(res.message);
  });
  const id = "qual-note";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="qual-h"
      className={`grid gap-2 rounded-lg border p-4 text-sm ${grant ? "border-border bg-card" : "border-red-300 bg-red-50"}`}
    >
      <h3 id="qual-h" className="font-semibold">
        {grant
          ? `Grant ${target.person} a qualification in ${target.domain}`
          : `Revoke ${target.person}'s qualification in ${target.domain}`}
      </h3>
      <p className="text-muted-foreground">
        {grant
          ? "For an experienced interviewer who needs no training seats or calibration here. They can then rate this domain on any panel."
          : "Their ratings already given stay. From now on the plan editor treats them as not qualified, and they train again (shadows, reverse shadows, calibration)."}
      </p>
      <label htmlFor={id} className="font-medium">
        Why (kept in the audit log)
      </label>
      <Textarea
        id={id}
        rows={2}
        aria-invalid={!!errors.note}
        aria-describedby={`${id}-count${errors.note ? ` ${id}-err` : ""}`}
        {...form.register("note")}
      />
      <FieldCharacterCount control={form.control} name="note" max={NOTE_MAX} id={`${id}-count`} />
      <FieldError id={`${id}-err`} message={errors.note?.message} />
      {message ? (
        <p role="alert" className="text-danger">
          {message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={grant ? "default" : "danger"} disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : grant ? "Grant qualification" : "Revoke qualification"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

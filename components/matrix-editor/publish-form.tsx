"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { publishDraftAction } from "@/app/(app)/admin/matrix/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { publishSchema, type PublishInput } from "@/lib/matrix/schemas";

/** Publishes the draft as the next version. The server refuses while any cell is empty. */
export function PublishForm({ nextNumber, emptyCount }: { nextNumber: number; emptyCount: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PublishInput>({ resolver: zodResolver(publishSchema), mode: "onTouched", defaultValues: { changeNote: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await publishDraftAction(values);
    if (res.ok) return router.push(`/admin/matrix?published=${res.number}`);
    if (res.kind === "invalid" && res.fieldErrors.changeNote) form.setError("changeNote", { message: res.fieldErrors.changeNote });
    setMessage(res.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <div className="grid gap-1.5">
        <label htmlFor="change-note" className="text-sm font-medium">
          Change note
        </label>
        <textarea
          id="change-note"
          rows={3}
          aria-invalid={!!errors.changeNote}
          aria-describedby="change-note-hint change-note-err"
          className="rounded-md border border-border bg-card p-2 text-base aria-[invalid=true]:border-danger sm:text-sm"
          {...form.register("changeNote")}
        />
        <p id="change-note-hint" className="text-xs text-muted-foreground">
          Shown with the version everywhere the matrix is read: what changed and why.
        </p>
        <FieldError id="change-note-err" message={errors.changeNote?.message} />
      </div>
      {emptyCount > 0 ? (
        <p className="text-sm text-amber-900">
          {emptyCount} cell{emptyCount === 1 ? " is" : "s are"} still empty; publishing will be refused until every cell has indicators.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          Publish as version {nextNumber}
        </Button>
        {message ? (
          <p role="alert" className="text-sm text-danger">
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

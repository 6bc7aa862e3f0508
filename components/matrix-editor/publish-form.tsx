"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { publishDraftAction } from "@/lib/matrix/actions";
import { Button } from "@/components/ui/button";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { publishSchema, type PublishInput } from "@/lib/matrix/schemas";
import { savePendingCells, usePendingCells, type PendingCell } from "./pending-cells";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

/**
 * Publishes the draft as the next version. The server refuses while any cell is empty. Cells with
 * typed but unsaved text are never left out silently: the admin saves them first or chooses to
 * publish without them.
 */
export function PublishForm({ nextNumber, emptyCount }: { nextNumber: number; emptyCount: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PublishInput>({
    resolver: zodResolver(publishSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { changeNote: "" },
  });
  const { isSubmitting, isDirty } = form.formState;
  const pending = usePendingCells();
  useUnsavedGuard(pending.length > 0, "Some matrix cells have edits you have not saved. Leave without saving them?");
  useUnsavedGuard(isDirty && !isSubmitting); // the change note typed
  // The cells that were unsaved when the admin pressed Publish, awaiting their choice.
  const [asking, setAsking] = useState<PendingCell[] | null>(null);
  const publish = async (values: PublishInput, unsaved: "ask" | "save" | "leave-out") => {
    setMessage(null);
    if (unsaved === "ask" && pending.length > 0) return setAsking(pending);
    setAsking(null);
    if (unsaved === "save") {
      const failed = await savePendingCells(pending);
      if (failed.length)
        return setMessage(
          `Nothing was published: ${failed.join(", ")} could not be saved (see the message at the cell).`,
        );
    }
    const res = await publishDraftAction(values);
    if (res.ok) return router.push(`/admin/matrix?published=${res.number}`);
    applyFieldErrors(form, res, ["changeNote"]);
    setMessage(res.message);
  };
  const onSubmit = form.handleSubmit((values) => publish(values, "ask"));
  const decide = (choice: "save" | "leave-out") => form.handleSubmit((values) => publish(values, choice))();
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormField
        form={form}
        name="changeNote"
        id="change-note"
        label="Change note"
        description="Shown with the version everywhere the matrix is read: what changed and why."
      >
        {(c) => (
          <textarea
            {...c}
            rows={3}
            className="rounded-md border border-border bg-card p-2 text-base aria-[invalid=true]:border-danger sm:text-sm"
          />
        )}
      </FormField>
      {emptyCount > 0 ? (
        <p className="text-sm text-amber-900">
          {emptyCount} cell{emptyCount === 1 ? " is" : "s are"} still empty; publishing will be refused until every cell
          has indicators.
        </p>
      ) : null}
      {asking && pending.length > 0 ? (
        <div
          role="alertdialog"
          aria-labelledby="unsaved-cells-h"
          className="grid gap-2 rounded-md border border-warning/50 bg-amber-50 p-3 text-sm"
        >
          <h3 id="unsaved-cells-h" className="font-semibold">
            {pending.length === 1 ? "One cell has" : `${pending.length} cells have`} edits you have not saved
          </h3>
          <ul className="list-disc pl-5">
            {pending.map((c) => (
              <li key={c.cellId}>
                <a href={`#cell-${c.cellId}`} className="underline underline-offset-4">
                  {c.label}
                </a>
              </li>
            ))}
          </ul>
          <p>Publishing now would leave {pending.length === 1 ? "this edit" : "these edits"} out of the version.</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" disabled={isSubmitting} onClick={() => void decide("save")}>
              Save {pending.length === 1 ? "it" : "them"} and publish
            </Button>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={isSubmitting}
              onClick={() => void decide("leave-out")}
            >
              Publish without {pending.length === 1 ? "it" : "them"}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </div>
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

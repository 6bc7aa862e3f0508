"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useUnsavedGuard } from "@/components/ui/use-unsaved-guard";
import { useForm } from "react-hook-form";
import { addDomainAction, updateDomainAction } from "@/lib/matrix/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { addDomainSchema, type AddDomainInput } from "@/lib/matrix/schemas";
import { applyFieldErrors, formLineAfterRefusal } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Props = { domainId?: string; initial?: AddDomainInput; onDone?: () => void };

/** Adds a domain to the draft, or (with domainId) rewords one. The key is fixed once created. */
export function DomainForm({ domainId, initial, onDone }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<AddDomainInput>({
    resolver: zodResolver(addDomainSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: initial ?? { key: "", name: "", shortName: "", description: "" },
  });
  const { isSubmitting, isDirty } = form.formState;
  useUnsavedGuard(isDirty && !isSubmitting);
  const p = `domain-${domainId ?? "new"}`;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = domainId
      ? await updateDomainAction({
          domainId,
          name: values.name,
          shortName: values.shortName,
          description: values.description,
          ...(initial
            ? { expected: { name: initial.name, shortName: initial.shortName, description: initial.description } }
            : {}),
        })
      : await addDomainAction(values);
    if (res.ok) {
      // Saved: the form is clean again (a new one empty, an edit at what was saved).
      form.reset(domainId ? values : undefined);
      setMessage(domainId ? "Saved." : `Added "${values.name}". Fill its cells in every cluster before publishing.`);
      onDone?.();
      return;
    }
    // A refusal about one field ("already has a domain with that key") is said at that field only.
    setMessage(
      formLineAfterRefusal(
        applyFieldErrors(form, res, (k) => k in values),
        res,
      ),
    );
  });
  const field = (name: keyof AddDomainInput, label: string, hint?: string, readOnly = false) => (
    <FormField form={form} name={name} id={`${p}-${name}`} label={label} description={hint}>
      {(c) => <Input {...c} readOnly={readOnly} className={readOnly ? "bg-muted" : undefined} />}
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        {field("name", "Name")}
        {field("shortName", "Short name", "Used in tables and charts")}
        {field(
          "key",
          "Key",
          domainId
            ? "Identity across versions; cannot change"
            : "Lowercase, e.g. finops. Reusing a retired domain's key brings it back.",
          !!domainId,
        )}
      </div>
      <FormField form={form} name="description" id={`${p}-description`} label="Description">
        {(c) => (
          <textarea {...c} rows={3} className="rounded-md border border-border bg-card p-2 text-base sm:text-sm" />
        )}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {domainId ? "Save domain" : "Add domain"}
        </Button>
        {message ? (
          <p role="status" className="text-sm">
            {message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

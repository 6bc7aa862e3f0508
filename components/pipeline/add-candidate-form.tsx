"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addCandidateAction } from "@/lib/applications/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { NewCandidateInput } from "@/lib/validation/application";
import { CANDIDATE_TEXT_MAX as MAX } from "@/lib/validation/candidate-limits";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

// zod and the shared schema load on the first focus or validation, not with the role page.
const validation = lazyZodResolver<NewCandidateInput>(() =>
  import("@/lib/validation/application").then((m) => m.newCandidateSchema),
);

export function AddCandidateForm({ roleId }: { roleId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<NewCandidateInput>({
    resolver: validation.resolver,
    ...CHECK_ON_SUBMIT,
    defaultValues: { name: "", email: "", source: "", headline: "" },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (candidate) => {
    const res = await addCandidateAction({ roleId, candidate });
    if (!res.ok) return setMessage(res.message);
    setMessage(res.merged ? `${candidate.name} was already on file; added to this role.` : `${candidate.name} added.`);
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} onFocus={validation.preload} noValidate className="grid gap-3 sm:grid-cols-2">
      <FormField form={form} name="name" max={MAX.name} id="c-name" label="Name">
        {(c) => <Input {...c} />}
      </FormField>
      <FormField form={form} name="email" id="c-email" label="Email">
        {(c) => <Input {...c} type="email" />}
      </FormField>
      <FormField form={form} name="source" max={MAX.source} id="c-source" label="Source">
        {(c) => <Input {...c} placeholder="Referral, LinkedIn…" />}
      </FormField>
      <FormField form={form} name="headline" max={MAX.headline} id="c-headline" label="Headline">
        {(c) => <Input {...c} placeholder="SRE at …" />}
      </FormField>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          Add candidate
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

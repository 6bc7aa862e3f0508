"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addCandidateAction } from "@/lib/applications/actions";
import { Button } from "@/components/ui/button";
import { FieldCharacterCount } from "@/components/ui/character-count";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { NewCandidateInput } from "@/lib/validation/application";
import { CANDIDATE_TEXT_MAX as MAX } from "@/lib/validation/candidate-limits";
import { Field } from "@/components/ui/field";

// zod and the shared schema load on the first focus or validation, not with the role page.
const validation = lazyZodResolver<NewCandidateInput>(() => import("@/lib/validation/application").then((m) => m.newCandidateSchema));

export function AddCandidateForm({ roleId }: { roleId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<NewCandidateInput>({
    resolver: validation.resolver,
    mode: "onTouched",
    defaultValues: { name: "", email: "", source: "", headline: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (candidate) => {
    const res = await addCandidateAction({ roleId, candidate });
    if (!res.ok) return setMessage(res.message);
    setMessage(res.merged ? `${candidate.name} was already on file; added to this role.` : `${candidate.name} added.`);
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} onFocus={validation.preload} noValidate className="grid gap-3 sm:grid-cols-2">
      <Field
        id="c-name"
        label="Name"
        error={errors.name?.message}
        describedBy="c-name-count"
        after={<FieldCharacterCount control={form.control} name="name" max={MAX.name} id="c-name-count" />}
      >
        {(c) => <Input {...c} {...form.register("name")} />}
      </Field>
      <Field id="c-email" label="Email" error={errors.email?.message}>
        {(c) => <Input {...c} type="email" {...form.register("email")} />}
      </Field>
      <Field
        id="c-source"
        label="Source"
        error={errors.source?.message}
        describedBy="c-source-count"
        after={<FieldCharacterCount control={form.control} name="source" max={MAX.source} id="c-source-count" />}
      >
        {(c) => <Input {...c} placeholder="Referral, LinkedIn…" {...form.register("source")} />}
      </Field>
      <Field
        id="c-headline"
        label="Headline"
        error={errors.headline?.message}
        describedBy="c-headline-count"
        after={<FieldCharacterCount control={form.control} name="headline" max={MAX.headline} id="c-headline-count" />}
      >
        {(c) => <Input {...c} placeholder="SRE at …" {...form.register("headline")} />}
      </Field>
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

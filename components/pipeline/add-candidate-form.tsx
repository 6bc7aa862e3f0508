"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addCandidateAction } from "@/lib/applications/actions";
import { Button } from "@/components/ui/button";
import { FieldCharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { NewCandidateInput } from "@/lib/validation/application";
import { CANDIDATE_TEXT_MAX as MAX } from "@/lib/validation/candidate-limits";

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
      <div className="grid gap-1.5">
        <Label htmlFor="c-name">Name</Label>
        <Input id="c-name" aria-invalid={!!errors.name} aria-describedby="c-name-count c-name-err" {...form.register("name")} />
        <FieldError id="c-name-err" message={errors.name?.message} />
        <FieldCharacterCount control={form.control} name="name" max={MAX.name} id="c-name-count" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="c-email">Email</Label>
        <Input id="c-email" type="email" aria-invalid={!!errors.email} {...form.register("email")} />
        <FieldError id="c-email-err" message={errors.email?.message} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="c-source">Source</Label>
        <Input
          id="c-source"
          placeholder="Referral, LinkedIn…"
          aria-invalid={!!errors.source}
          aria-describedby="c-source-count c-source-err"
          {...form.register("source")}
        />
        <FieldError id="c-source-err" message={errors.source?.message} />
        <FieldCharacterCount control={form.control} name="source" max={MAX.source} id="c-source-count" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="c-headline">Headline</Label>
        <Input
          id="c-headline"
          placeholder="SRE at …"
          aria-invalid={!!errors.headline}
          aria-describedby="c-headline-count c-headline-err"
          {...form.register("headline")}
        />
        <FieldError id="c-headline-err" message={errors.headline?.message} />
        <FieldCharacterCount control={form.control} name="headline" max={MAX.headline} id="c-headline-count" />
      </div>
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

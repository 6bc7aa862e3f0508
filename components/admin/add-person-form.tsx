"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addPersonAction } from "@/lib/people/actions";
import { Button } from "@/components/ui/button";
import { FieldCharacterCount } from "@/components/ui/character-count";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { invitationSentText } from "@/lib/people/invitation-text";
import { personSchema, USER_KINDS, type PersonInput } from "@/lib/validation/people";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors } from "@/lib/forms/field-errors";

const NAME_MAX = maxOf(personSchema.shape.name);

export function AddPersonForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PersonInput>({
    resolver: zodResolver(personSchema),
    mode: "onTouched",
    defaultValues: { name: "", email: "", kind: "INTERVIEWER" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await addPersonAction(values);
    if (res.ok) {
      form.reset();
      setMessage(
        res.invitation.emailed
          ? `Added ${values.name}. ${invitationSentText({ ...values, delivery: res.invitation.delivery, sso: res.sso })}`
          : `Added ${values.name}, but the invitation email could not be sent. Try “Send invitation” on their row.`,
      );
    } else {
      applyFieldErrors(form, res);
      setMessage(res.message);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-start">
      <div className="grid gap-1.5">
        <Label htmlFor="p-name">Name</Label>
        <Input id="p-name" aria-invalid={!!errors.name} aria-describedby="p-name-count p-name-err" {...form.register("name")} />
        <FieldError id="p-name-err" message={errors.name?.message} />
        <FieldCharacterCount control={form.control} name="name" max={NAME_MAX} id="p-name-count" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="p-email">Email</Label>
        <Input id="p-email" type="email" aria-invalid={!!errors.email} {...form.register("email")} />
        <FieldError id="p-email-err" message={errors.email?.message} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="p-kind">Kind</Label>
        <select id="p-kind" className="h-10 rounded-md border border-border bg-card px-2 text-sm" {...form.register("kind")}>
          {USER_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" className="sm:mt-6" disabled={isSubmitting}>
        Add person
      </Button>
      {message ? (
        <p role="status" className="text-sm sm:col-span-4">
          {message}
        </p>
      ) : null}
    </form>
  );
}

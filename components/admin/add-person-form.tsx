"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addPersonAction } from "@/lib/people/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { invitationSentText } from "@/lib/people/invitation-text";
import { personSchema, USER_KINDS, type PersonInput } from "@/lib/validation/people";
import { maxOf } from "@/lib/validation/text-limits";
import { applyFieldErrors, formLineAfterRefusal } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

const NAME_MAX = maxOf(personSchema.shape.name);

export function AddPersonForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PersonInput>({
    resolver: zodResolver(personSchema),
    // Checked on submit, then as each field changes (CHECK_ON_SUBMIT). Checking on blur (onTouched) showed the email's
    // error as the finger left it for the button, which moved the button down under the finger on a
    // phone: the tap landed on nothing and the form was not sent.
    ...CHECK_ON_SUBMIT,
    defaultValues: { name: "", email: "", kind: "INTERVIEWER" },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(
    async (values) => {
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
        // Said once: at the field when it is about one (round V: the duplicate email twice).
        setMessage(formLineAfterRefusal(applyFieldErrors(form, res), res));
      }
      // Refused before sending (a field's own error): the last "Added …" is not about this attempt.
    },
    () => setMessage(null),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-start">
      <FormField form={form} name="name" max={NAME_MAX} id="p-name" label="Name">
        {(c) => <Input {...c} />}
      </FormField>
      <FormField form={form} name="email" id="p-email" label="Email">
        {(c) => <Input {...c} type="email" />}
      </FormField>
      <FormField form={form} name="kind" id="p-kind" label="Kind">
        {(c) => (
          <Select {...c}>
            {USER_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
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

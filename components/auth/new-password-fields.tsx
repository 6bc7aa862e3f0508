"use client";
// The new password and its repetition, as the invitation and the account page ask for them:
// the same rules (lib/validation/auth.ts newPassword) and the same advice under the field.
import type { Control, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PASSWORD_MIN } from "@/lib/validation/auth";

export function NewPasswordFields<T extends FieldValues & { password: string; confirm: string }>({
  form,
  ids,
  confirmLabel,
}: {
  form: { control: Control<T>; register: UseFormRegister<T> };
  /** Element ids, distinct from any other password field on the page. */
  ids: { password: string; confirm: string };
  confirmLabel: string;
}) {
  return (
    <>
      <FormField
        form={form}
        name={"password" as Path<T>}
        id={ids.password}
        label="New password"
        description={`At least ${PASSWORD_MIN} characters, not a common password nor your name. A few unrelated words are easy to remember and hard to guess.`}
      >
        {(c) => <Input {...c} type="password" autoComplete="new-password" />}
      </FormField>
      <FormField form={form} name={"confirm" as Path<T>} id={ids.confirm} label={confirmLabel}>
        {(c) => <Input {...c} type="password" autoComplete="new-password" />}
      </FormField>
    </>
  );
}

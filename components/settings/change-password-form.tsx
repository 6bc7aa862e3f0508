"use client";
// Changing one's own password. The server signs out every session of the person (this one too,
// as it must for a thief's), so the form signs this browser back in with the new password.
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";
import { Input } from "@/components/ui/input";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/auth";
import { NewPasswordFields } from "@/components/auth/new-password-fields";

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setDone(false);
    const res = await changePasswordAction(values).catch(() => null);
    if (!res) return setFailure("Could not reach the server; nothing was changed. Try again.");
    if (!res.ok) {
      if (res.kind === "invalid") applyFieldErrors(form, res, ["current", "password", "confirm"]);
      // A refusal of one field is said once, under that field.
      if (res.kind === "invalid" && Object.values(res.fieldErrors).includes(res.message)) return;
      return setFailure(res.message);
    }
    form.reset();
    const again = await signIn("credentials", { email, password: values.password, redirect: false });
    if (!again || again.error) return router.replace("/signin");
    setDone(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {/* Lets a password manager update the saved password of the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField form={form} name="current" id="current-password" label="Current password">
        {(c) => <Input {...c} type="password" autoComplete="current-password" />}
      </FormField>
      <NewPasswordFields
        form={form}
        ids={{ password: "new-password", confirm: "confirm-password" }}
        confirmLabel="Repeat the new password"
      />
      {failure ? (
        <p role="alert" className="text-sm text-danger">
          {failure}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="text-sm text-success">
          Password changed. Every other browser and device signed in as you has been signed out.
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Changing your password…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/validation/auth";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { NewPasswordFields } from "./new-password-fields";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

/** Sets the password from an invitation, then signs the person in with it. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    ...CHECK_ON_SUBMIT,
    defaultValues: { token, password: "", confirm: "" },
  });
  const { isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const res = await fetch("/api/invitations/accept", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(values),
    }).catch(() => null);
    if (!res) return setFailure("Could not reach the server; nothing was changed. Try again.");
    const body = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string> };
    if (!res.ok) {
      applyFieldErrors(form, body, ["password", "confirm"]);
      // A refusal of the password itself is said once, under the field.
      if (body.error && Object.values(body.fieldErrors ?? {}).includes(body.error)) return;
      return setFailure(body.error ?? "That didn't work. Try again.");
    }
    const signedIn = await signIn("credentials", { email, password: values.password, redirect: false });
    if (!signedIn || signedIn.error) return router.replace("/signin");
    router.replace("/");
    router.refresh();
  });
  return (
    <form
      method="post"
      action="/api/invitations/accept"
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-border bg-card p-5 shadow-sm"
    >
      <input type="hidden" {...form.register("token")} />
      {/* Lets a password manager save the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields
        form={form}
        ids={{ password: "password", confirm: "confirm" }}
        confirmLabel="Repeat the password"
      />
      {failure ? (
        <p role="alert" className="text-sm text-danger">
          {failure}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Setting your password…" : "Set password and sign in"}
      </Button>
    </form>
  );
}

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { browserTimeZone, formatTime } from "@/lib/dates";
import { retryAfterFromCode, signInThrottledMessage } from "@/lib/rate-limit/retry-after";
import { signInSchema, type SignInInput } from "@/lib/validation/auth";

/** The throttle's wait, and the clock time it ends on this device. */
function throttledText(seconds: number) {
  const at = formatTime(Date.now() + seconds * 1000, browserTimeZone());
  return `${signInThrottledMessage(seconds).slice(0, -1)} (at ${at}).`;
}

export function SignInForm({ oidcName }: { oidcName: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), mode: "onTouched", defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      const wait = retryAfterFromCode(res?.error);
      setFailure(wait ? throttledText(wait) : "That email and password don't match an active account.");
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <div className="grid gap-4 rounded-lg border border-border bg-card p-5 shadow-sm">
      {oidcName ? (
        <>
          <Button type="button" variant="outline" onClick={() => signIn("oidc", { callbackUrl: "/" })}>
            Continue with {oidcName}
          </Button>
          <p className="text-center text-xs text-muted-foreground">or use email and password</p>
        </>
      ) : null}
      {/* method/action for a submit before the script has loaded: a POST, so the password never
          lands in a URL, history or a server log (next-auth then asks to sign in again). */}
      <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} noValidate className="grid gap-4">
        <div className="grid gap-1.5">
          <Label htmlFor="email">Email</Label>
          <Input
            id="email"
            type="email"
            autoComplete="email"
            aria-invalid={!!errors.email}
            aria-describedby={errors.email ? "email-error" : undefined}
            {...form.register("email")}
          />
          <FieldError id="email-error" message={errors.email?.message} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="password">Password</Label>
          <Input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!errors.password}
            aria-describedby={errors.password ? "password-error" : undefined}
            {...form.register("password")}
          />
          <FieldError id="password-error" message={errors.password?.message} />
        </div>
        {failure ? (
          <p role="alert" className="text-sm text-danger">
            {failure}
          </p>
        ) : null}
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </div>
  );
}

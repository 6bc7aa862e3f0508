"use client";
// The first page anyone sees, on any phone: zod (with the shared schema) loads on the first focus
// or validation and next-auth's client on submit, not with the page. Plain label/input elements
// with the kit's classes keep tailwind-merge and Radix out of this page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { buttonVariants } from "@/components/ui/button-variants";
import { FieldError } from "@/components/ui/field-error";
import { INPUT_CLASS, LABEL_CLASS } from "@/components/ui/field-classes";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { retryAfterFromCode, signInThrottledMessage } from "@/lib/rate-limit/retry-after";
import type { SignInInput } from "@/lib/validation/auth";

const validation = lazyZodResolver<SignInInput>(() => import("@/lib/validation/auth").then((m) => m.signInSchema));
const signIn: typeof import("next-auth/react").signIn = async (...args) => (await import("next-auth/react")).signIn(...args);

/** The throttle's wait, and the clock time it ends on this device. */
function throttledText(seconds: number) {
  const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return `${signInThrottledMessage(seconds).slice(0, -1)} (at ${at}).`;
}

export function SignInForm({ oidcName }: { oidcName: string | null }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: validation.resolver, mode: "onTouched", defaultValues: { email: "", password: "" } });
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
          <button
            type="button"
            className={buttonVariants({ variant: "outline" })}
            onClick={() => void signIn("oidc", { callbackUrl: "/" })}
          >
            Continue with {oidcName}
          </button>
          <p className="text-center text-xs text-muted-foreground">or use email and password</p>
        </>
      ) : null}
      {/* method/action for a submit before the script has loaded: a POST, so the password never
          lands in a URL, history or a server log (next-auth then asks to sign in again). */}
      <form
        method="post"
        action="/api/auth/callback/credentials"
        onSubmit={onSubmit}
        onFocus={validation.preload}
        noValidate
        className="grid gap-4"
      >
        <div className="grid gap-1.5">
          <label htmlFor="email" className={LABEL_CLASS}>
            Email
          </label>
          <input
            className={INPUT_CLASS}
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
          <label htmlFor="password" className={LABEL_CLASS}>
            Password
          </label>
          <input
            className={INPUT_CLASS}
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
        <button type="submit" className={buttonVariants()} disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </div>
  );
}

"use client";
// The first page anyone sees, on any phone, so it ships the least: two fields need no form
// library; zod with the shared schema loads on the first focus (or check) and next-auth's client
// on submit, not with the page; plain label/input elements with the kit's classes keep
// tailwind-merge and Radix out. Like the other forms: a field is checked when you leave it, then
// as you type.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON_BASE, DEFAULT_SIZE, PRIMARY_BUTTON_CLASS } from "@/components/ui/button-primary";

import { INPUT_CLASS } from "@/components/ui/field-classes";
import { formatLocalTime } from "@/lib/date-formats";
import { retryAfterFromCode, signInThrottledMessage } from "@/lib/rate-limit/retry-after";
import type { SignInInput } from "@/lib/validation/auth";
import { Field } from "@/components/ui/field";

/** buttonClass("outline"), without the variant tables (button-primary.ts). */
export const OUTLINE_BUTTON_CLASS = `${BUTTON_BASE} border border-border bg-card hover:bg-muted ${DEFAULT_SIZE}`;

type FieldName = keyof SignInInput;
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: FieldName[] = ["email", "password"];
let schema: Promise<typeof import("@/lib/validation/auth").signInSchema> | null = null;
const loadSchema = () => (schema ??= import("@/lib/validation/auth").then((m) => m.signInSchema));
const preload = () => void loadSchema().catch(() => (schema = null));

/** The shared schema's first message per field; the parsed values when there is none. */
async function check(values: SignInInput): Promise<{ errors: Errors; data: SignInInput | null }> {
  const parsed = (await loadSchema()).safeParse(values);
  if (parsed.success) return { errors: {}, data: parsed.data };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const f = issue.path[0] as FieldName;
    errors[f] ??= issue.message;
  }
  return { errors, data: null };
}

const signIn: typeof import("next-auth/react").signIn = async (...args) =>
  (await import("next-auth/react")).signIn(...args);

/** The throttle's wait, and the clock time it ends on this device. */
function throttledText(seconds: number) {
  const at = formatLocalTime(Date.now() + seconds * 1000);
  return `${signInThrottledMessage(seconds).slice(0, -1)} (at ${at}).`;
}

export function SignInForm({
  oidcName,
  csrfToken,
  returnTo,
}: {
  oidcName: string | null;
  csrfToken: string | null;
  /** The page the person opened before signing in (lib/auth/return-to.ts), else their home. */
  returnTo: string | null;
}) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [values, setValues] = useState<SignInInput>({ email: "", password: "" });
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [isSubmitting, setSubmitting] = useState(false);

  // Shows the fields' messages from the first submit on, then as each field changes; never on blur
  // (CHECK_ON_SUBMIT in components/ui/form-modes.ts says why). `touched` is every field after a submit.
  const validate = async (next: SignInInput, shown: Partial<Record<FieldName, boolean>>) => {
    const result = await check(next).catch(() => ({ errors: {} as Errors, data: next })); // not loaded (offline): the server decides
    setErrors(Object.fromEntries(FIELDS.filter((f) => shown[f] && result.errors[f]).map((f) => [f, result.errors[f]])));
    return result;
  };
  const field = (name: FieldName) => ({
    name,
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const next = { ...values, [name]: e.target.value };
      setValues(next);
      if (touched[name]) void validate(next, touched);
    },
  });

  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFailure(null);
    setSubmitting(true);
    try {
      const all = { email: true, password: true };
      setTouched(all);
      const { errors: found, data } = await validate(values, all);
      const first = FIELDS.find((f) => found[f]);
      if (first || !data) return void (first && document.getElementById(first)?.focus());
      const res = await signIn("credentials", { ...data, redirect: false });
      if (!res || res.error) {
        const wait = retryAfterFromCode(res?.error);
        setFailure(wait ? throttledText(wait) : "That email and password don't match an active account.");
        return;
      }
      router.replace(returnTo ?? "/");
      router.refresh();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="grid gap-4 rounded-lg border border-border bg-card p-5 shadow-sm">
      {oidcName ? (
        <>
          <button
            type="button"
            className={OUTLINE_BUTTON_CLASS}
            onClick={() => void signIn("oidc", { callbackUrl: returnTo ?? "/" })}
          >
            Continue with {oidcName}
          </button>
          <p className="text-center text-xs text-muted-foreground">or use email and password</p>
        </>
      ) : null}
      {/* method/action for a submit before the script has loaded: a POST, so the password never
          lands in a URL, history or a server log, with the CSRF token the server rendered. */}
      <form
        method="post"
        action="/api/auth/callback/credentials"
        onSubmit={(e) => void onSubmit(e)}
        onFocus={preload}
        noValidate
        className="grid gap-4"
      >
        {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
        {returnTo ? <input type="hidden" name="callbackUrl" value={returnTo} /> : null}
        <Field id="email" label="Email" error={errors.email}>
          {(c) => <input {...c} className={INPUT_CLASS} type="email" autoComplete="email" {...field("email")} />}
        </Field>
        <Field id="password" label="Password" error={errors.password}>
          {(c) => (
            <input
              {...c}
              className={INPUT_CLASS}
              type="password"
              autoComplete="current-password"
              {...field("password")}
            />
          )}
        </Field>
        {failure ? (
          <p role="alert" className="text-sm text-danger">
            {failure}
          </p>
        ) : null}
        <button type="submit" className={PRIMARY_BUTTON_CLASS} disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </div>
  );
}

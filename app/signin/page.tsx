import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { HOME_BY_KIND, KIND_LABEL } from "@/lib/auth/permissions";
import { oidcConfigured } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { signInOrganisation } from "@/lib/settings/service";
import { env } from "@/lib/env";
import { csrfCookieName, csrfTokenFromCookie } from "@/lib/auth/csrf-cookie";
import { safeReturnPath } from "@/lib/auth/return-to";
import { retryAfterFromCode, signInThrottledMessage } from "@/lib/rate-limit/retry-after";
import { DEMO_PASSWORD, DEMO_SIGN_IN } from "@/prisma/seed/demo-accounts";
import { signInQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  NotInvited: "Your single sign-on account isn't set up here yet. Ask an admin to add your email address.",
  NoEmail: "Your identity provider didn't share an email address, so we can't match your account.",
  EmailUnverified:
    "Your identity provider hasn't verified your email address, so we can't match it to an account here. Verify it with your provider, then try again.",
  Deactivated: "Your account here has been deactivated. Ask an admin if you need access again.",
  AccessDenied: "Your account isn't allowed to sign in. Ask an admin.",
  CredentialsSignin: "That email and password don't match an active account.",
};

/** A form posted without JavaScript lands here with next-auth's error code, a throttle's wait included. */
function errorMessage(code: unknown): string {
  if (typeof code !== "string") return "Sign-in failed. Try again."; // ?error=a&error=b
  const wait = retryAfterFromCode(code);
  if (wait) return signInThrottledMessage(wait);
  return Object.hasOwn(ERRORS, code) ? ERRORS[code]! : "Sign-in failed. Try again.";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { error, callbackUrl } = signInQuerySchema.parse(await searchParams);
  const returnTo = safeReturnPath(callbackUrl, env().NEXTAUTH_URL);
  const user = await currentUser();
  if (user) redirect(returnTo ?? HOME_BY_KIND[user.kind]);
  const { name: orgName, demo } = await signInOrganisation();
  // Set by proxy.ts: lets the form work before (or without) its script.
  const jar = await cookies();
  const csrfToken =
    csrfTokenFromCookie(jar.get(csrfCookieName(true))?.value, env().authSecret) ??
    csrfTokenFromCookie(jar.get(csrfCookieName(false))?.value, env().authSecret);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="text-center">
        <div
          aria-hidden
          className="mx-auto mb-3 grid h-10 w-10 place-items-center rounded-lg bg-primary font-bold text-white"
        >
          AI
        </div>
        <h1 className="text-2xl font-semibold">Sign in to AIOps Scorecards</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {orgName ?? "Structured, level-based technical interviews"}
        </p>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {errorMessage(error)}
        </p>
      ) : null}
      <SignInForm oidcName={oidcConfigured() ? env().OIDC_NAME : null} csrfToken={csrfToken} returnTo={returnTo} />
      {demo ? (
        <section
          aria-labelledby="demo-accounts"
          className="rounded-lg border border-dashed border-border bg-card p-4 text-sm"
        >
          <h2 id="demo-accounts" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 text-muted-foreground">
            This is the demo organisation. Every account uses the password{" "}
            <code className="rounded bg-muted px-1">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-3 grid gap-2">
            {DEMO_SIGN_IN.map((u) => (
              <li key={u.email} className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium">{KIND_LABEL[u.kind]}</span>
                <code className="text-muted-foreground">{u.email}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}

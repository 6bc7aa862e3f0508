import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { sessionPolicy } from "@/lib/auth/session-token";
import { waitText } from "@/lib/rate-limit/retry-after";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { hasPassword } from "@/lib/auth/password-state";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const policy = sessionPolicy();
  const withPassword = await hasPassword(user.id);
  return (
    <>
      <PageHeader
        title="Your account"
        description={
          <>
            {user.name} · {user.email} · {KIND_LABEL[user.kind]}
          </>
        }
      />
      <div className="grid max-w-2xl gap-4">
        <Card>
          <CardHeader>
            <CardTitle>Sessions</CardTitle>
            <CardDescription>
              You stay signed in on a device for up to {waitText(policy.maxAgeSeconds)}, and are signed out after{" "}
              {waitText(policy.idleSeconds)} without using the app there.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <p className="text-sm">
              Signed in on a computer you no longer use, or think someone else may be using your session? Sign out
              everywhere: every browser and device signed in as you, this one included, is signed out at its next click.
              Your API tokens are separate and keep working: revoke any you no longer trust on{" "}
              <Link href="/settings/tokens" className="text-primary underline underline-offset-4">
                API tokens
              </Link>
              .
            </p>
            <div>
              <SignOutButton userId={user.id} everywhere />
            </div>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
            <CardDescription>
              {withPassword
                ? "Changing it signs you out on every other browser and device."
                : "You sign in through single sign-on (or have not set a password yet): your identity provider manages your password."}
            </CardDescription>
          </CardHeader>
          {withPassword ? (
            <CardContent>
              <ChangePasswordForm email={user.email} />
            </CardContent>
          ) : null}
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>API tokens</CardTitle>
            <CardDescription>
              Personal tokens for the read-only JSON API are managed on their own page:{" "}
              <Link href="/settings/tokens" className="text-primary underline underline-offset-4">
                API tokens
              </Link>
              .
            </CardDescription>
          </CardHeader>
        </Card>
      </div>
    </>
  );
}

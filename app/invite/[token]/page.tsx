import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { invitationFor } from "@/lib/people/invitations";

export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

/** Public: the link from an invitation email. Showing it does not use the link up; setting the password does. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationFor(token);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="text-center">
        <div
          aria-hidden
          className="mx-auto mb-3 grid h-10 w-10 place-items-center rounded-lg bg-primary font-bold text-white"
        >
          AI
        </div>
        <h1 className="text-2xl font-semibold">Set your password</h1>
        {invitation.ok ? (
          <p className="mt-1 text-sm text-muted-foreground">
            Welcome, {invitation.name}. Choose a password for {invitation.email}.
          </p>
        ) : null}
      </div>
      {invitation.ok ? (
        <SetPasswordForm token={token} email={invitation.email} />
      ) : (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p>{invitation.message}</p>
          <p className="mt-2">
            <Link href="/signin" className="underline underline-offset-4">
              Go to sign in
            </Link>
          </p>
        </div>
      )}
    </main>
  );
}

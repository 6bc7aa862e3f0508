import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { HOME_BY_KIND } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

// next-auth's own sign-out address (/api/auth/signout) sends here (authOptions' pages.signOut):
// the same sign-out as the header's button, which first offers this device's unsaved work.
export default async function SignOutPage() {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="rounded-lg border border-border bg-card p-6 text-center shadow-sm">
        <h1 className="text-2xl font-semibold">Sign out?</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          Signed in as {user.name} ({user.email}). Anything this device keeps that the server does not have yet is
          offered to it first, or listed for you to open.
        </p>
        <div className="mt-5 flex flex-wrap items-center justify-center gap-3">
          <SignOutButton userId={user.id} />
          <Link href={HOME_BY_KIND[user.kind]} className="text-sm text-primary underline underline-offset-4">
            Stay signed in
          </Link>
        </div>
      </div>
    </main>
  );
}

"use client";
// Signing out clears this device's scorecard copies (a shared laptop must not keep one person's
// evidence for the next), but only those the server has: each is offered to the server first.
// A copy it could not take (offline, changed elsewhere, an unsaved amendment) is never deleted
// silently: the user chooses. Signing out ends this session on the server too (its token is
// refused from then on); `everywhere` ends every session of the person, on every device.
import * as Dialog from "@radix-ui/react-dialog";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { saveDraftAction } from "@/app/(app)/interviews/[id]/actions";
import { signOutEverywhereAction } from "@/app/(app)/settings/account/actions";
import { removeLocalCopies, settleLocalCopies } from "@/components/scorecard/local-copies";
import { Button } from "@/components/ui/button";

type Kept = { key: string; interviewId: string }[];

export function SignOutButton({ userId, everywhere = false }: { userId: string; everywhere?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<Kept>([]);
  const [failed, setFailed] = useState<string | null>(null);
  const leave = async () => {
    if (everywhere) {
      const res = await signOutEverywhereAction().catch(() => null);
      // Still signed in elsewhere: say so rather than pretend.
      if (!res?.ok && res?.kind !== "unauthenticated")
        return setFailed(res?.message ?? "Could not reach the server; nothing was changed. Try again.");
    }
    await signOut({ callbackUrl: "/signin" });
  };

  const start = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const left = await settleLocalCopies(userId, saveDraftAction);
      if (left.length === 0) return void (await leave());
      setKept(left);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant={everywhere ? "danger" : "outline"} size={everywhere ? "default" : "sm"} disabled={busy} onClick={() => void start()}>
        {busy ? "Signing out…" : everywhere ? "Sign out everywhere" : "Sign out"}
      </Button>
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          {failed}
        </p>
      ) : null}
      <Dialog.Root open={kept.length > 0} onOpenChange={(open) => !open && setKept([])}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Dialog.Content className="fixed inset-x-2 top-10 z-50 mx-auto max-w-lg rounded-lg bg-card p-5 shadow-xl">
            <Dialog.Title className="text-lg font-semibold">You have unsaved scorecard changes on this device</Dialog.Title>
            <Dialog.Description className="mt-1 text-sm text-muted-foreground">
              {kept.length === 1 ? "One scorecard has" : `${kept.length} scorecards have`} changes the server does not have (offline, signed
              out, changed elsewhere, or an amendment not yet saved). Open {kept.length === 1 ? "it" : "them"} to save, or choose:
            </Dialog.Description>
            <ul className="mt-3 list-disc pl-5 text-sm">
              {kept.map((k) => (
                <li key={k.key}>
                  <a href={`/interviews/${k.interviewId}`} className="text-primary underline underline-offset-4">
                    Open the scorecard
                  </a>
                </li>
              ))}
            </ul>
            <div className="mt-4 flex flex-col gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button variant="outline">Stay signed in</Button>
              </Dialog.Close>
              <Button variant="outline" onClick={() => void leave()}>
                Sign out, keep them on this device
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  removeLocalCopies(kept.map((k) => k.key));
                  void leave();
                }}
              >
                Delete them and sign out
              </Button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

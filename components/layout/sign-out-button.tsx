"use client";
// Signing out clears this device's scorecard copies (a shared laptop must not keep one person's
// evidence for the next), but only those the server has: each is offered to the server first.
// A copy it could not take (offline, changed elsewhere, an unsaved amendment) is never deleted
// silently: the user chooses. Signing out ends this session on the server too (its token is
// refused from then on); `everywhere` ends every session of the person, on every device.
// This button is on every page, so the work (next-auth's client, the copies, the dialog) loads on click.
import dynamic from "next/dynamic";
import { useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import type { Kept } from "./sign-out-flow";

const KeptCopiesDialog = dynamic(() => import("./kept-copies-dialog"), { ssr: false });
const flow = () => import("./sign-out-flow");

export function SignOutButton({ userId, everywhere = false }: { userId: string; everywhere?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<Kept>([]);
  const [failed, setFailed] = useState<string | null>(null);
  const leave = async () => setFailed(await (await flow()).leave(everywhere));

  const start = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const left = await (await flow()).settle(userId);
      if (left.length === 0) return void (await leave());
      setKept(left);
    } catch {
      setFailed("Could not sign out (no connection?). Try again.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={buttonVariants({ variant: everywhere ? "danger" : "outline", size: everywhere ? "default" : "sm" })}
        disabled={busy}
        onClick={() => void start()}
      >
        {busy ? "Signing out…" : everywhere ? "Sign out everywhere" : "Sign out"}
      </button>
      {failed ? (
        <p role="alert" className="text-sm text-danger">
          {failed}
        </p>
      ) : null}
      {kept.length > 0 ? (
        <KeptCopiesDialog
          kept={kept}
          onClose={() => setKept([])}
          onKeep={() => void leave()}
          onDelete={() => {
            void flow().then((f) => {
              f.removeLocalCopies(kept.map((k) => k.key));
              return leave();
            });
          }}
        />
      ) : null}
    </>
  );
}

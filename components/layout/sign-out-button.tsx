"use client";
// Signing out clears this device's scorecard copies (a shared laptop must not keep one person's
// evidence for the next), but only those the server has: each is offered to the server first.
// A copy it could not take (offline, changed elsewhere, an unsaved amendment) is never deleted
// silently: the user chooses. Signing out ends this session on the server too (its token is
// refused from then on); `everywhere` ends every session of the person, on every device.
// This button is on every page, so the work (next-auth's client, the copies, the dialog) loads on click.
// React.lazy, not next/dynamic, and plain button classes, not class-variance-authority: each
// would ship with every page.
import { lazy, Suspense, useState } from "react";
import { BUTTON_BASE, DEFAULT_SIZE } from "@/components/ui/button-primary";
import type { Kept } from "./sign-out-flow";

const KeptCopiesDialog = lazy(() => import("./kept-copies-dialog"));
const flow = () => import("./sign-out-flow");

/** buttonClass("outline", "sm") and buttonClass("danger"), without the variant tables (button-primary.ts). */
export const SIGN_OUT_CLASS = `${BUTTON_BASE} border border-border bg-card hover:bg-muted h-8 px-3`;
export const SIGN_OUT_EVERYWHERE_CLASS = `${BUTTON_BASE} bg-danger text-white hover:bg-danger/90 ${DEFAULT_SIZE}`;

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
        className={everywhere ? SIGN_OUT_EVERYWHERE_CLASS : SIGN_OUT_CLASS}
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
        <Suspense fallback={null}>
          <KeptCopiesDialog
            kept={kept}
            onClose={() => setKept([])}
            onKeep={() => void leave()}
            onDelete={() => {
              void flow().then((f) => {
                f.markCopiesDiscarded(userId); // before removing: other tabs then keep theirs off the device
                f.removeLocalCopies(kept.map((k) => k.key));
                return leave();
              });
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { discardDraftAction, startDraftAction } from "@/lib/matrix/actions";
import { AlertText } from "@/components/ui/alert-text";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useRunner } from "./use-runner";

/** Opens the draft (creating it from the newest published version if there is none). */
export function StartDraftButton({ label = "Start a draft" }: { label?: string }) {
  const router = useRouter();
  const { pending, error, run } = useRunner();
  return (
    <span className="grid justify-items-start gap-1">
      <Button
        disabled={pending}
        onClick={() =>
          run(
            () => startDraftAction(),
            () => router.push("/admin/matrix/draft"),
          )
        }
      >
        {pending ? "Starting…" : label}
      </Button>
      <AlertText message={error} />
    </span>
  );
}

/** Throws the draft away after a confirmation step. */
export function DiscardDraftButton() {
  const router = useRouter();
  const { pending, error, run } = useRunner();
  return (
    <ConfirmButton
      label="Discard draft"
      title="Discard the draft?"
      question="Discard every change in the draft?"
      confirmLabel="Discard"
      pendingLabel="Discarding…"
      keepLabel="Keep editing"
      pending={pending}
      error={error}
      onConfirm={() =>
        run(
          () => discardDraftAction(),
          () => router.push("/admin/matrix"),
        )
      }
    />
  );
}

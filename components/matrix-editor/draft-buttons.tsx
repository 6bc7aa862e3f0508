"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { discardDraftAction, startDraftAction } from "@/lib/matrix/actions";
import { Button } from "@/components/ui/button";
import { useRunner } from "./use-runner";

/** Opens the draft (creating it from the newest published version if there is none). */
export function StartDraftButton({ label = "Start a draft" }: { label?: string }) {
  const router = useRouter();
  const { pending, error, run } = useRunner();
  return (
    <span className="grid gap-1">
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
      {error ? (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Throws the draft away after a confirmation step. */
export function DiscardDraftButton() {
  const router = useRouter();
  const { pending, error, run } = useRunner();
  const [confirming, setConfirming] = useState(false);
  // Back from the question (Keep editing, Escape), the focus returns to the button that asked it.
  const [asked, setAsked] = useState(false);
  if (!confirming)
    return (
      <Button
        variant="outline"
        autoFocus={asked}
        onClick={() => {
          setAsked(true);
          setConfirming(true);
        }}
      >
        Discard draft
      </Button>
    );
  return (
    <span
      role="alertdialog"
      aria-label="Discard the draft?"
      className="flex flex-wrap items-center gap-2 text-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape") setConfirming(false);
      }}
    >
      <span>Discard every change in the draft?</span>
      <Button
        variant="danger"
        size="sm"
        autoFocus
        disabled={pending}
        onClick={() =>
          run(
            () => discardDraftAction(),
            () => router.push("/admin/matrix"),
          )
        }
      >
        Discard
      </Button>
      <Button variant="outline" size="sm" onClick={() => setConfirming(false)}>
        Keep editing
      </Button>
      {error ? (
        <span role="alert" className="text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}

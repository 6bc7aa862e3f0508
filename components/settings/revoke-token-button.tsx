"use client";
// Revoking is final (an integration using the token stops at its next call), so it asks first,
// and a refusal is said next to the button rather than dropped.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/lib/api/actions";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  // Back from the question (Keep it, Escape), the focus returns to the button that asked it.
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const revoke = () =>
    start(async () => {
      setError(null);
      const res = await revokeApiTokenAction(id).catch(() => null);
      if (!res) return setError("Could not reach the server; the token still works. Try again.");
      if (!res.ok) return setError(res.message);
    });
  return (
    <span className="grid justify-items-end gap-1">
      {confirming ? (
        <span
          role="alertdialog"
          aria-label={`Revoke ${name}?`}
          className="flex flex-wrap items-center justify-end gap-2 text-sm"
          onKeyDown={(e) => {
            if (e.key === "Escape") setConfirming(false);
          }}
        >
          <span>Revoke “{name}”? Anything using it stops working at once; this cannot be undone.</span>
          <Button variant="danger" size="sm" autoFocus disabled={pending} onClick={revoke}>
            {pending ? "Revoking…" : "Revoke token"}
          </Button>
          <Button variant="outline" size="sm" disabled={pending} onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </span>
      ) : (
        <Button
          size="sm"
          variant="outline"
          autoFocus={asked}
          onClick={() => {
            setAsked(true);
            setConfirming(true);
          }}
        >
          Revoke
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}

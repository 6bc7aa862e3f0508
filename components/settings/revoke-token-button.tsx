"use client";
// Revoking is final (an integration using the token stops at its next call), so it asks first,
// and a refusal is said next to the button rather than dropped.
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeApiTokenAction } from "@/lib/api/actions";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
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
    <ConfirmButton
      label="Revoke"
      title={`Revoke ${name}?`}
      question={<>Revoke “{name}”? Anything using it stops working at once; this cannot be undone.</>}
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      keepLabel="Keep it"
      pending={pending}
      error={error}
      onConfirm={revoke}
      align="end"
      size="sm"
    />
  );
}

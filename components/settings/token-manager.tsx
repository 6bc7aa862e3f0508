"use client";
import { useState, useTransition } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Token = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export function TokenManager({ tokens }: { tokens: Token[] }) {
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid gap-6">
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => {
            setError(null);
            const res = await createApiTokenAction({ name });
            if (!res.ok) return setError(res.kind === "invalid" ? (res.fieldErrors.name ?? res.message) : res.message);
            setCreated(res.token);
            setName("");
          });
        }}
      >
        <div className="grid flex-1 gap-1.5">
          <Label htmlFor="token-name">Token name</Label>
          <Input id="token-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="ATS sync" aria-invalid={!!error} />
        </div>
        <Button type="submit" disabled={pending}>Create token</Button>
      </form>
      {error ? <p role="alert" className="text-sm text-danger">{error}</p> : null}
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p className="font-medium">Copy this token now: it won&apos;t be shown again.</p>
          <code className="mt-1 block break-all rounded bg-white p-2" data-testid="new-token">{created}</code>
        </div>
      ) : null}
      <ul className="divide-y divide-border rounded-lg border border-border bg-card">
        {tokens.length === 0 ? <li className="p-3 text-sm text-muted-foreground">No tokens yet.</li> : null}
        {tokens.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span><strong>{t.name}</strong> <code className="text-muted-foreground">{t.prefix}…</code><span className="block text-xs text-muted-foreground">created {new Date(t.createdAt).toLocaleDateString()} · {t.lastUsedAt ? `last used ${new Date(t.lastUsedAt).toLocaleString()}` : "never used"}</span></span>
            {t.revokedAt ? <span className="text-muted-foreground">revoked</span> : <Button size="sm" variant="outline" disabled={pending} onClick={() => start(async () => { await revokeApiTokenAction(t.id); })}>Revoke</Button>}
          </li>
        ))}
      </ul>
    </div>
  );
}

"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { tokenNameSchema, type TokenNameInput } from "@/lib/validation/token";

type Token = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export function TokenManager({ tokens }: { tokens: Token[] }) {
  // The server's schema, checked as you type (after the first blur) and again on the server.
  const form = useForm<TokenNameInput>({ resolver: zodResolver(tokenNameSchema), mode: "onTouched", defaultValues: { name: "" } });
  const nameError = form.formState.errors.name?.message;
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid gap-6">
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-start"
        noValidate
        onSubmit={form.handleSubmit((values) =>
          start(async () => {
            setError(null);
            try {
              const res = await createApiTokenAction(values);
              if (!res.ok) {
                if (res.kind === "invalid" && res.fieldErrors.name) return form.setError("name", { message: res.fieldErrors.name });
                return setError(res.message);
              }
              setCreated(res.token);
              form.reset();
            } catch {
              setError("Could not reach the server; no token was created. Try again.");
            }
          }),
        )}
      >
        <div className="grid flex-1 gap-1.5">
          <Label htmlFor="token-name">Token name</Label>
          <Input id="token-name" placeholder="ATS sync" aria-invalid={!!nameError} aria-describedby={nameError ? "token-name-err" : undefined} {...form.register("name")} />
          <FieldError id="token-name-err" message={nameError} />
        </div>
        <Button type="submit" disabled={pending} className="sm:self-start sm:mt-6">Create token</Button>
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

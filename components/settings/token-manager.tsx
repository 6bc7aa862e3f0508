"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createApiTokenAction } from "@/lib/api/actions";
import { RevokeTokenButton } from "./revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useCopyText } from "@/components/ui/use-copy-text";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { formatDate, formatDateTime } from "@/lib/dates";
import {
  API_SCOPE_LABEL,
  API_SCOPES,
  DEFAULT_TOKEN_LIFETIME,
  TOKEN_LIFETIMES,
  tokenSchema,
  type TokenInput,
} from "@/lib/validation/token";
import { applyFieldErrors } from "@/lib/forms/field-errors";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { CHECK_ON_SUBMIT } from "@/components/ui/form-modes";

type Token = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  state: "active" | "expired" | "revoked";
};

const LIFETIME_LABEL: Record<(typeof TOKEN_LIFETIMES)[number], string> = {
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
  "365": "1 year",
};

const STATE_BADGE = { active: "success", expired: "danger", revoked: "muted" } as const;

export function TokenManager({
  tokens,
  timeZone,
}: {
  tokens: Token[];
  /** The viewer's, as the server rendered it. */ timeZone: string;
}) {
  // The server's schema, checked on submit, then as you type, and again on the server.
  const form = useForm<TokenInput>({
    resolver: zodResolver(tokenSchema),
    ...CHECK_ON_SUBMIT,
    // Nothing ticked: a token reads only what its maker chose (after a create too, by reset()).
    defaultValues: { name: "", scopes: [], expiresInDays: DEFAULT_TOKEN_LIFETIME },
  });
  const { errors } = form.formState;
  const [created, setCreated] = useState<{ token: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const copyButton = useRef<HTMLButtonElement>(null);
  const tokenText = useRef<HTMLElement>(null);
  // Refused: the token is selected for Ctrl+C (or a long press) instead.
  const { copied, copy, reset } = useCopyText(() => {
    const range = document.createRange();
    if (tokenText.current) range.selectNodeContents(tokenText.current);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  // The token is shown once: the keyboard goes to its Copy button (it fell to the page's top).
  useEffect(() => {
    if (created) copyButton.current?.focus();
  }, [created]);
  return (
    <div className="grid gap-6">
      <form
        className="grid gap-4 rounded-lg border border-border bg-card p-4"
        noValidate
        onSubmit={form.handleSubmit((values) =>
          start(async () => {
            setError(null);
            try {
              const res = await createApiTokenAction(values);
              if (!res.ok) {
                // Errors shown under their fields need no message besides.
                if (applyFieldErrors(form, res, ["name", "scopes", "expiresInDays"]).length) return;
                return setError(res.message);
              }
              setCreated({ token: res.token, expiresAt: new Date(res.expiresAt).toISOString() });
              reset();
              form.reset();
            } catch {
              setError("Could not reach the server; no token was created. Try again.");
            }
          }),
        )}
      >
        <FormField form={form} name="name" id="token-name" label="Token name">
          {(c) => <Input {...c} placeholder="ATS sync" />}
        </FormField>
        <fieldset className="grid gap-1.5" aria-describedby={errors.scopes ? "token-scopes-err" : undefined}>
          <legend className="mb-1 text-sm font-medium">What it may read</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex min-h-8 items-start gap-2 py-1 text-sm">
              <input type="checkbox" value={scope} className="mt-0.5 size-4 shrink-0" {...form.register("scopes")} />
              <span>
                <code>{scope}</code> <span className="text-muted-foreground">· {API_SCOPE_LABEL[scope]}</span>
              </span>
            </label>
          ))}
          <FieldError id="token-scopes-err" message={errors.scopes?.message ?? errors.scopes?.root?.message} />
        </fieldset>
        <FormField form={form} name="expiresInDays" id="token-expiry" label="Expires after" className="sm:max-w-xs">
          {(c) => (
            <Select {...c}>
              {TOKEN_LIFETIMES.map((d) => (
                <option key={d} value={d}>
                  {LIFETIME_LABEL[d]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" disabled={pending} className="justify-self-start">
          Create token
        </Button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p className="font-medium">
            Copy this token now: it won&apos;t be shown again. It expires on{" "}
            {formatDate(new Date(created.expiresAt), timeZone)}.
          </p>
          <code ref={tokenText} className="mt-1 block rounded bg-white p-2 break-all" data-testid="new-token">
            {created.token}
          </code>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <Button ref={copyButton} type="button" size="sm" variant="outline" onClick={() => copy(created.token)}>
              Copy token
            </Button>
            {copied ? (
              <span className="text-xs text-muted-foreground">
                {copied === "yes"
                  ? "Copied to the clipboard."
                  : "Copying was refused by the browser; the token is selected: copy it with Ctrl+C (or a long press)."}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
      <ul className="divide-y divide-border rounded-lg border border-border bg-card" aria-label="Your API tokens">
        {tokens.length === 0 ? <li className="p-3 text-sm text-muted-foreground">No tokens yet.</li> : null}
        {tokens.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span className="min-w-0">
              <strong>{t.name}</strong> <code className="text-muted-foreground">{t.prefix}…</code>{" "}
              <Badge variant={STATE_BADGE[t.state]}>{t.state}</Badge>
              <span className="block text-xs text-muted-foreground">{t.scopes.join(", ")}</span>
              <span className="block text-xs text-muted-foreground">
                created {formatDate(new Date(t.createdAt), timeZone)} · {t.state === "expired" ? "expired" : "expires"}{" "}
                {formatDate(new Date(t.expiresAt), timeZone)} ·{" "}
                {t.lastUsedAt ? `last used ${formatDateTime(new Date(t.lastUsedAt), timeZone)}` : "never used"}
              </span>
            </span>
            {t.state === "active" ? <RevokeTokenButton id={t.id} name={t.name} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

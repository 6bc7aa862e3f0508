"use client";
// One person's weekly interview limit: a number, or blank for the organisation's default.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setWeeklyLimitAction } from "@/lib/readiness/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { weeklyLimitSchema } from "@/lib/validation/readiness";
import { typedWholeNumber } from "@/lib/validation/typed-numbers";

type Props = { userId: string; name: string; own: number | null; orgDefault: number };

export function TeamLimitForm({ userId, name, own, orgDefault }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(own === null ? "" : String(own));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `limit-${userId}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const input = { userId, limit: value.trim() === "" ? null : typedWholeNumber(value) };
    const parsed = weeklyLimitSchema.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the limit");
    setError(null);
    start(async () => {
      const res = await setWeeklyLimitAction(parsed.data);
      if (!res.ok) return setError(res.kind === "invalid" ? (res.fieldErrors.limit ?? res.message) : res.message);
      setSaved(parsed.data.limit === null ? `Saved: the default (${orgDefault})` : "Saved");
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Weekly limit for ${name}`} className="grid gap-1">
      <div className="flex items-end gap-2">
        <div className="grid gap-1">
          <label htmlFor={id} className="text-xs text-muted-foreground">
            Weekly limit
          </label>
          <input
            id={id}
            // Text, not a number field: a number field reports "e" or "-" as blank, which here
            // means the organisation's default, so a typo silently replaced a person's own limit.
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={value}
            placeholder={`default ${orgDefault}`}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-err` : undefined}
            className="h-8 w-28 rounded-md border border-border bg-card px-2 text-base aria-[invalid=true]:border-danger sm:text-sm"
          />
        </div>
        <Button type="submit" size="sm" variant="outline" disabled={pending}>
          Save
        </Button>
      </div>
      <FieldError id={`${id}-err`} message={error ?? undefined} />
      {saved ? (
        <p role="status" className="text-xs text-muted-foreground">
          {saved}
        </p>
      ) : null}
    </form>
  );
}

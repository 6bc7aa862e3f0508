"use client";
import { useState, useTransition } from "react";
import { changeKindAction, setActiveAction } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/button";
import { KIND_LABEL } from "@/lib/auth/permissions";
import { USER_KINDS } from "@/lib/validation/people";

type Person = { id: string; name: string; kind: (typeof USER_KINDS)[number]; active: boolean };

export function PersonControls({ person, isSelf }: { person: Person; isSelf: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      setError(null);
      const res = await fn();
      if (!res.ok) setError(res.message ?? "That didn't work.");
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`kind-${person.id}`}>Kind of user for {person.name}</label>
      <select
        id={`kind-${person.id}`}
        defaultValue={person.kind}
        disabled={pending}
        onChange={(e) => run(() => changeKindAction({ userId: person.id, kind: e.target.value }))}
        className="h-8 rounded-md border border-border bg-card px-2 text-sm"
      >
        {USER_KINDS.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
      </select>
      <Button size="sm" variant={person.active ? "outline" : "default"} disabled={pending || (isSelf && person.active)} onClick={() => run(() => setActiveAction({ userId: person.id, active: !person.active }))}>
        {person.active ? "Deactivate" : "Reactivate"}
      </Button>
      {error ? <p role="alert" className="w-full text-xs text-danger">{error}</p> : null}
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reassignCheckInsAction } from "@/lib/quality/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Admins hand a hire's check-ins to a delegate, or back to the role's owner (empty choice). */
export function ReassignForm({
  applicationId,
  current,
  ownerName,
  people,
}: {
  applicationId: string;
  current: string | null;
  ownerName: string;
  people: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [delegateId, setDelegateId] = useState(current ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const res = await reassignCheckInsAction({ applicationId, delegateId });
        setBusy(false);
        setMessage(res.ok ? "Saved." : res.message);
        if (res.ok) router.refresh();
      }}
    >
      <label className="grid gap-1">
        <span className="text-muted-foreground">Check-ins answered by</span>
        <Select value={delegateId} onChange={(e) => setDelegateId(e.target.value)}>
          <option value="">{ownerName} (the role&apos;s owner)</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="outline" disabled={busy}>
        Reassign
      </Button>
      {message ? (
        <p role="status" className="w-full text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </form>
  );
}

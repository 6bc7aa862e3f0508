"use client";
// "Claim qualification" on /readiness: records the interviewer's own qualification once every
// step is done; the server checks again and its refusal is shown beside the button.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useRefreshOnStaleRefusal } from "@/components/ui/use-refresh-on-stale-refusal";
import { claimQualificationAction } from "@/lib/readiness/actions";

export function MyClaimButton({ domainId, domainName }: { domainId: string; domainName: string }) {
  const router = useRouter();
  // Claimed meanwhile (another tab) or the steps changed: the card should say where things stand now.
  const refreshIfStale = useRefreshOnStaleRefusal();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorId = `claim-${domainId}-err`;
  const claim = () =>
    startTransition(async () => {
      setError(null);
      const res = await claimQualificationAction({ domainId });
      if (!res.ok) {
        setError(res.message);
        refreshIfStale(res);
        return;
      }
      router.refresh();
    });
  return (
    <div className="grid gap-2">
      <div>
        <Button type="button" onClick={claim} disabled={pending} aria-describedby={error ? errorId : undefined}>
          {pending ? "Claiming…" : "Claim qualification"}
          <span className="sr-only"> for {domainName}</span>
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

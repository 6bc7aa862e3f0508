"use client";
// One module per icon (lucide-react/icons/*): the build reads two icons, not the whole set.
import ArrowDown from "lucide-react/icons/arrow-down";
import ArrowUp from "lucide-react/icons/arrow-up";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { reorderDomainsAction, retireDomainAction } from "@/lib/matrix/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DomainForm } from "./domain-form";
import { useRunner } from "./use-runner";

type Domain = { domainId: string; key: string; name: string; shortName: string; description: string };

/** The draft's domains in order: move up/down, reword, or retire (from the draft only). */
export function DomainList({ domains }: { domains: Domain[] }) {
  const { pending, error, run } = useRunner();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  // The moved domain's arrow keeps the focus in its new place (or the other arrow once at an end):
  // re-ordering the list's rows dropped it to the page. Done once the move is over (the arrows are
  // disabled meanwhile).
  const moved = useRef<{ domainId: string; dir: "up" | "down" } | null>(null);
  const order = domains.map((d) => d.domainId).join();
  useEffect(() => {
    const m = moved.current;
    if (!m || pending) return;
    moved.current = null;
    const arrow = (dir: string) => document.getElementById(`move-${dir}-${m.domainId}`) as HTMLButtonElement | null;
    const same = arrow(m.dir);
    (same && !same.disabled ? same : arrow(m.dir === "up" ? "down" : "up"))?.focus();
  }, [order, pending]);
  const move = (index: number, by: -1 | 1) => {
    const expected = domains.map((d) => d.domainId);
    const ids = [...expected];
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    moved.current = { domainId: domains[index]!.domainId, dir: by < 0 ? "up" : "down" };
    run(async () => {
      const res = await reorderDomainsAction({ order: ids, expected });
      // Another admin's order won: show it (the message says why the list moved).
      if (!res.ok && res.kind === "conflict") router.refresh();
      return res;
    });
  };
  /** Closes the Retire question and gives the focus back to the Retire button that opened it. */
  const keep = (domainId: string) => {
    setRetiring(null);
    requestAnimationFrame(() => document.getElementById(`retire-${domainId}-button`)?.focus());
  };
  return (
    <div className="grid gap-2">
      <ol className="grid gap-2">
        {domains.map((d, i) => (
          <li key={d.domainId} className="rounded-md border border-border p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 basis-full font-medium sm:flex-1 sm:basis-auto">
                {i + 1}. {d.name} <Badge variant="muted">{d.key}</Badge>
              </span>
              <Button
                id={`move-up-${d.domainId}`}
                size="icon-sm"
                variant="outline"
                disabled={pending || i === 0}
                aria-label={`Move ${d.name} up`}
                onClick={() => move(i, -1)}
              >
                <ArrowUp aria-hidden className="h-4 w-4" />
              </Button>
              <Button
                id={`move-down-${d.domainId}`}
                size="icon-sm"
                variant="outline"
                disabled={pending || i === domains.length - 1}
                aria-label={`Move ${d.name} down`}
                onClick={() => move(i, 1)}
              >
                <ArrowDown aria-hidden className="h-4 w-4" />
              </Button>
              <Button
                size="sm"
                variant="outline"
                aria-expanded={editing === d.domainId}
                onClick={() => setEditing(editing === d.domainId ? null : d.domainId)}
              >
                {editing === d.domainId ? "Close" : "Edit"}
                <span className="sr-only"> {d.name}</span>
              </Button>
              <Button
                id={`retire-${d.domainId}-button`}
                size="sm"
                variant="outline"
                disabled={pending || domains.length === 1}
                onClick={() => setRetiring(d.domainId)}
              >
                Retire<span className="sr-only"> {d.name}</span>
              </Button>
            </div>
            {retiring === d.domainId ? (
              <div
                role="alertdialog"
                aria-labelledby={`retire-${d.domainId}`}
                className="mt-3 grid gap-2 rounded-md bg-muted p-3 text-sm"
                onKeyDown={(e) => {
                  if (e.key === "Escape") keep(d.domainId);
                }}
              >
                <p id={`retire-${d.domainId}`}>
                  Retire <strong>{d.name}</strong> from the draft? Its indicators in every cluster are removed from the
                  draft; published versions and their scorecards keep it.
                </p>
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={pending}
                    autoFocus
                    onClick={() =>
                      run(
                        () => retireDomainAction(d.domainId),
                        () => setRetiring(null),
                      )
                    }
                  >
                    Retire domain
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => keep(d.domainId)}>
                    Keep it
                  </Button>
                </div>
              </div>
            ) : null}
            {editing === d.domainId ? (
              <div className="mt-3">
                <DomainForm
                  domainId={d.domainId}
                  initial={{ key: d.key, name: d.name, shortName: d.shortName, description: d.description }}
                  onDone={() => setEditing(null)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";
// People × domains of the current matrix: each cell is a qualification (trained or granted) or
// the progress towards one. Grant and Revoke open one panel under the table, where the reason
// is typed and the step confirmed; the table itself stays narrow enough to read on a phone.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TeamQualificationPanel, type QualificationTarget } from "./team-qualification-panel";

export type TeamCell = {
  domainId: string;
  status: "qualified" | "ready-to-claim" | "in-training";
  how: "TRAINED" | "GRANTED" | null;
  note: string | null;
  shadows: { done: number; required: number };
  reverseShadows: { done: number; required: number };
  calibrationPassed: boolean;
  best: { exact: number; items: number } | null;
  /** When their qualification was revoked (not qualified since): only what they did after it counts. */
  revokedOn: string | null;
};
export type TeamPerson = {
  id: string;
  name: string;
  /** Whether the viewer may grant this person a qualification (not themselves: canGrantQualificationTo). */
  grantable: boolean;
  cells: TeamCell[];
};
type Domain = { domainId: string; name: string; shortName: string };

function Progress({ cell }: { cell: TeamCell }) {
  const step = (done: boolean) => (done ? "text-foreground" : "text-muted-foreground");
  return (
    <ul className="grid gap-0.5 text-xs">
      <li className={step(cell.shadows.done >= cell.shadows.required)}>
        Shadows {cell.shadows.done}/{cell.shadows.required}
      </li>
      <li className={step(cell.reverseShadows.done >= cell.reverseShadows.required)}>
        Reverse {cell.reverseShadows.done}/{cell.reverseShadows.required}
      </li>
      <li className={step(cell.calibrationPassed)}>
        Calibration{" "}
        {cell.calibrationPassed
          ? `passed (${cell.best?.exact}/${cell.best?.items})`
          : cell.best
            ? `not passed (${cell.best.exact}/${cell.best.items})`
            : "not taken"}
      </li>
    </ul>
  );
}

export function TeamMatrix({ domains, people }: { domains: Domain[]; people: TeamPerson[] }) {
  const router = useRouter();
  const [target, setTarget] = useState<QualificationTarget | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (target) panelRef.current?.querySelector("textarea")?.focus();
  }, [target]);
  const open = (mode: QualificationTarget["mode"], p: TeamPerson, d: Domain) => {
    setStatus(null);
    setTarget({ mode, userId: p.id, person: p.name, domainId: d.domainId, domain: d.name });
  };
  return (
    <div className="grid gap-4">
      <ScrollRegion stickyStart label="Readiness per person and domain" className="rounded-md border border-border">
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-card px-3 py-2">
                Person
              </th>
              {domains.map((d) => (
                <th key={d.domainId} scope="col" className="px-3 py-2 font-medium" title={d.name}>
                  {d.shortName || d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {people.map((p) => (
              <tr key={p.id}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 max-w-36 bg-card px-3 py-2 text-left align-top font-medium"
                >
                  {p.name}
                </th>
                {domains.map((d) => {
                  const cell = p.cells.find((c) => c.domainId === d.domainId);
                  if (!cell) return <td key={d.domainId} className="px-3 py-2" />;
                  return (
                    <td key={d.domainId} className="px-3 py-2 align-top">
                      {cell.status === "qualified" ? (
                        <div className="grid justify-items-start gap-1">
                          <Badge variant="success">qualified</Badge>
                          <span className="text-xs text-muted-foreground" title={cell.note ?? undefined}>
                            {cell.how === "GRANTED" ? "granted" : "trained"}
                          </span>
                          <Button
                            type="button"
                            size="sm"
                            variant="ghost"
                            className="-ml-3 text-danger"
                            aria-label={`Revoke ${p.name}'s qualification in ${d.name}`}
                            onClick={() => open("revoke", p, d)}
                          >
                            Revoke
                          </Button>
                        </div>
                      ) : (
                        <div className="grid justify-items-start gap-1">
                          {cell.status === "ready-to-claim" ? <Badge variant="default">ready to claim</Badge> : null}
                          {cell.revokedOn ? (
                            <span className="text-xs text-muted-foreground">
                              revoked {cell.revokedOn}: counts from then
                            </span>
                          ) : null}
                          <Progress cell={cell} />
                          {p.grantable ? (
                            <Button
                              type="button"
                              size="sm"
                              variant="outline"
                              aria-label={`Grant ${p.name} a qualification in ${d.name}`}
                              onClick={() => open("grant", p, d)}
                            >
                              Grant
                            </Button>
                          ) : (
                            <span className="text-xs text-muted-foreground">another manager grants yours</span>
                          )}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {status ? (
        <p role="status" className="text-sm">
          {status}
        </p>
      ) : null}
      {target ? (
        <div ref={panelRef}>
          <TeamQualificationPanel
            key={`${target.mode}-${target.userId}-${target.domainId}`}
            target={target}
            onCancel={() => setTarget(null)}
            onDone={(text) => {
              setTarget(null);
              setStatus(text);
              router.refresh();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

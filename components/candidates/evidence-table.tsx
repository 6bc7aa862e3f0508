import { LevelBadge } from "@/components/ui/level-badge";
import type { CandidateReport } from "@/lib/data/candidate";

export function EvidenceTable({ evidence }: { evidence: CandidateReport["evidence"] }) {
  return (
    <div className="grid gap-4">
      {evidence
        .filter((d) => d.entries.length > 0 || d.target > 0)
        .map((d) => (
          <article key={d.domainId} className="rounded-lg border border-border bg-card p-4">
            <h3 className="flex flex-wrap items-center gap-2 font-semibold">
              {d.fullName} <span className="text-sm font-normal text-muted-foreground">target</span>{" "}
              <LevelBadge level={d.target} zeroLabel="—" />{" "}
              <span className="text-sm font-normal text-muted-foreground">consensus</span>{" "}
              <LevelBadge level={d.consensus.median} />
            </h3>
            {d.entries.length === 0 ? (
              <p className="mt-2 text-sm text-muted-foreground">
                Not yet assessed: no submitted scorecard rated this domain.
              </p>
            ) : (
              <ul className="mt-3 grid gap-3 md:grid-cols-2">
                {d.entries.map((e) => (
                  <li key={e.scorecardId} className="rounded-md bg-muted p-3 text-sm">
                    <p className="flex items-center justify-between gap-2 font-medium">
                      <span>
                        {e.interviewer} <span className="font-normal text-muted-foreground">· {e.stage}</span>
                      </span>
                      <LevelBadge level={e.rating} />
                    </p>
                    <p dir="auto" className="mt-1 text-start whitespace-pre-wrap">
                      {e.evidence || <span className="text-muted-foreground">Not assessed.</span>}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
    </div>
  );
}

import { Badge } from "@/components/ui/badge";
import type { Coverage } from "@/lib/roles/coverage";
import { plural } from "@/lib/utils";

const STATUS = {
  covered: ["success", "covered"],
  uncovered: ["danger", "not covered"],
  "single-judge": ["warning", "one interviewer"],
  "not-required": ["muted", "not required"],
} as const;

export function CoveragePanel({ coverage }: { coverage: Coverage }) {
  return (
    <section aria-labelledby="cov-h" aria-live="polite" className="rounded-lg border border-border bg-card p-4">
      <h2 id="cov-h" className="font-semibold">
        Coverage
      </h2>
      <ul className="mt-2 grid gap-2 text-sm">
        {coverage.rows.map((r) => {
          const [variant, label] = STATUS[r.status];
          return (
            <li key={r.domainId} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {r.name} {r.target ? <span className="text-muted-foreground">L{r.target}</span> : null}
              </span>
              <span className="flex items-center gap-2">
                <span className="text-xs text-muted-foreground">
                  {plural(r.stages.length, "stage")}, {plural(r.interviewers, "interviewer")}
                </span>
                <Badge variant={variant}>{label}</Badge>
              </span>
            </li>
          );
        })}
      </ul>
      {coverage.warnings.length ? (
        <p className="mt-2 text-xs text-warning">
          A Level 2+ domain judged by a single interviewer rests on one opinion.
        </p>
      ) : null}
    </section>
  );
}

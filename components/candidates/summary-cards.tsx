// The candidate page's three summary cards: fit, recommendations, disagreements. Each card's
// label is its heading and the figure its text (a list of headings read "71/100", "1", "0").
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { candidateReport } from "@/lib/data/candidate";
import { plural } from "@/lib/utils";
import { RECOMMENDATION_LABEL } from "@/lib/validation/scorecard";

type Summary = Extract<NonNullable<Awaited<ReturnType<typeof candidateReport>>>, { visible: true }>["summary"];

const FIGURE = "text-3xl leading-tight font-semibold";

function SummaryLabel({ children }: { children: React.ReactNode }) {
  return <h2 className="text-sm font-normal text-muted-foreground">{children}</h2>;
}

/** `interviewers`: how many people's scorecards the summary counts (one person's split is not a panel's). */
export function CandidateSummaryCards({ summary, interviewers }: { summary: Summary; interviewers: number }) {
  return (
    <div className="mt-8 mb-6 grid gap-4 sm:grid-cols-3">
      <Card>
        <CardHeader>
          <SummaryLabel>Fit for this role</SummaryLabel>
          {summary.fit != null ? (
            <p className={FIGURE}>
              {summary.fit}
              <span className="text-base text-muted-foreground">/100</span>
            </p>
          ) : (
            <p className="text-xl leading-tight font-semibold text-muted-foreground">
              {summary.targetDomains ? "Not yet assessed" : "No target levels set"}
            </p>
          )}
        </CardHeader>
        <CardContent className="text-sm">
          {summary.fit != null && summary.assessedDomains < summary.targetDomains ? (
            <p className="text-muted-foreground">
              {/* Which domains are not assessed yet is the line below (the distance). */}
              On {summary.assessedDomains} of {summary.targetDomains} target domains.
            </p>
          ) : null}
          {summary.distance}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <SummaryLabel>Recommendations ({plural(summary.scorecards, "scorecard")})</SummaryLabel>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-1.5">
          {Object.entries(summary.tally)
            .filter(([, n]) => n > 0)
            .map(([r, n]) => (
              <Badge
                key={r}
                variant={r.includes("NO") && r !== "NO_DECISION" ? "danger" : r === "NO_DECISION" ? "muted" : "success"}
              >
                {RECOMMENDATION_LABEL[r as keyof typeof RECOMMENDATION_LABEL]} × {n}
              </Badge>
            ))}
          {summary.split ? (
            <p className="w-full text-sm text-warning">
              {interviewers === 1
                ? "This interviewer's scorecards are split between yes and no."
                : "The panel is split between yes and no."}
            </p>
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <SummaryLabel>Disagreements</SummaryLabel>
          <p className={FIGURE}>{summary.domains.filter((d) => d.disagreement).length + (summary.split ? 1 : 0)}</p>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          Domains where ratings differ by 2+ levels{summary.split ? ", plus the yes/no split in recommendations" : ""}.
        </CardContent>
      </Card>
    </div>
  );
}

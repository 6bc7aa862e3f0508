import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { InterviewerQuality } from "@/lib/quality/interviewers";
import type { Verdict } from "@/lib/quality/stats";
import { readAgreement, readPanelOffset, readSpread, type Tone } from "@/lib/quality/validity-readings";
import { Figure } from "./figure";
import { plain, range, signed } from "./format";

const VALIDITY: Record<Verdict, { tone: Tone; badge: string }> = {
  predicts: { tone: "good", badge: "predicts" },
  inverse: { tone: "bad", badge: "inverse" },
  unclear: { tone: "unclear", badge: "unclear" },
  "no-spread": { tone: "unclear", badge: "no spread" },
  "too-few": { tone: "too-few", badge: "too few to say" },
};

/** The spread's tone and badge: consistent below half a level, a level or more worth a look (readSpread's bands). */
function spreadBadge(spread: number | null): { tone: Tone; badge: string } {
  if (spread === null) return { tone: "too-few", badge: "too few to say" };
  if (spread < 0.5) return { tone: "good", badge: "consistent" };
  if (spread < 1) return { tone: "unclear", badge: "varies" };
  return { tone: "bad", badge: "varies a lot" };
}

/**
 * One interviewer (a row of the ARIA table on /quality/interviewers): the row header (who, how
 * many ratings) and one cell per column header, in the same order: against the job, against the
 * panel (distance), spread, agreement where they co-rated.
 */
export function InterviewerCard({ q }: { q: InterviewerQuality }) {
  const v = q.validity;
  const offset = readPanelOffset(q.panel);
  const agreement = readAgreement(q.agreement);
  const spread = spreadBadge(q.panel.spread);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    <Card role="row">
      <CardHeader role="rowheader">
        <CardTitle className="flex flex-wrap items-center gap-2 text-base">
          {q.name}
          {q.active ? null : <Badge variant="muted">deactivated</Badge>}
        </CardTitle>
        <CardDescription>
          {plural(q.ratings, "rating")} of {plural(q.candidates, "candidate")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2 xl:grid-cols-4">
        <div role="cell">
          <Figure
            title="Against the job"
            value={v.rho === null ? null : `ρ ${plain(v.rho)}`}
            interval={range(v.interval)}
            n={`n = ${plural(v.hires, "hire")} (${plural(v.pairs, "rating")})`}
            tone={VALIDITY[v.verdict].tone}
            badge={VALIDITY[v.verdict].badge}
            reading={v.reading}
          />
        </div>
        <div role="cell">
          <Figure
            title="Against the panel (distance)"
            value={q.panel.offset === null ? null : `${signed(q.panel.offset)} levels`}
            interval={range(q.panel.interval, signed)}
            n={`n = ${plural(q.panel.n, "shared rating")}`}
            tone={offset.tone}
            badge={
              offset.tone === "too-few"
                ? "too few to say"
                : offset.tone === "good"
                  ? "in line"
                  : q.panel.offset! > 0
                    ? "rates higher"
                    : "rates lower"
            }
            reading={offset.text}
          />
        </div>
        <div role="cell">
          <Figure
            title="Spread"
            value={q.panel.spread === null ? null : `±${q.panel.spread.toFixed(2)} levels`}
            interval={null}
            n={`n = ${plural(q.panel.n, "shared rating")}`}
            tone={spread.tone}
            badge={spread.badge}
            reading={q.panel.spread === null ? offset.text : readSpread(q.panel.spread)}
          />
        </div>
        <div role="cell">
          <Figure
            title="Agreement where they co-rated"
            value={q.agreement.alpha === null ? null : `α ${plain(q.agreement.alpha)}`}
            interval={range(q.agreement.interval)}
            n={`n = ${plural(q.agreement.units, "unit")}`}
            tone={agreement.tone}
            badge={agreement.label}
            reading={agreement.text}
          />
        </div>
      </CardContent>
    </Card>
  );
}

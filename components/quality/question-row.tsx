import { plural } from "@/lib/utils";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { QuestionQuality } from "@/lib/quality/questions";
import { FLAG_TEXT } from "@/lib/quality/validity-readings";
import { MIN_OBSERVATIONS } from "@/lib/quality/validity-stats";
import { percent, plain, range } from "./format";
import { RatingStack } from "./rating-bars";

export const AUC_BADGE = {
  separates: { label: "separates", variant: "success" },
  inverse: { label: "inverse", variant: "danger" },
  unclear: { label: "unclear", variant: "muted" },
  "too-few": { label: "too few to say", variant: "muted" },
} as const;

/** The list's columns (components/quality/sort-header.tsx heads them). */
export const QUESTION_COLUMNS =
  "md:grid-cols-[minmax(0,2fr)_minmax(0,1.1fr)_minmax(0,0.7fr)_minmax(0,0.9fr)_minmax(0,1.2fr)]";

/** One question of the list (a row of the ARIA table): what it is, how often it was used, its ratings, spread, pass rate, separation and flag. */
export function QuestionRow({ q }: { q: QuestionQuality }) {
  return (
    <div role="row" className={`grid gap-3 py-3 text-sm ${QUESTION_COLUMNS}`}>
      <div role="cell" className="grid content-start gap-1">
        <Link
          href={`/quality/questions/${q.id}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {q.prompt}
        </Link>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          {q.domain} · L{q.level}
          {q.retiredAt ? <Badge variant="muted">retired</Badge> : null}
          {q.flag ? <Badge variant="warning">retirement candidate: {FLAG_TEXT[q.flag].label}</Badge> : null}
        </p>
      </div>
      <div role="cell" className="grid content-start gap-1">
        <span className="text-xs text-muted-foreground md:sr-only">Uses and ratings</span>
        <span>
          {plural(q.uses, "use")} · {plural(q.candidates, "candidate")}
        </span>
        {q.uses ? <RatingStack counts={q} /> : null}
      </div>
      <div role="cell" className="grid content-start gap-1">
        <span className="text-xs text-muted-foreground md:sr-only">Spread</span>
        {q.sd === null ? (
          <span className="text-muted-foreground">too few to say</span>
        ) : (
          <span>sd {q.sd.toFixed(2)} levels</span>
        )}
      </div>
      <div role="cell" className="grid content-start gap-1">
        <span className="text-xs text-muted-foreground md:sr-only">Pass rate</span>
        {q.enough && q.passRate !== null ? (
          <>
            <span>{percent(q.passRate)} pass</span>
            <span className="text-xs text-muted-foreground">95% interval {range(q.passInterval, percent)}</span>
          </>
        ) : (
          <span className="text-muted-foreground">
            too few to say ({q.uses} of {MIN_OBSERVATIONS} uses)
          </span>
        )}
      </div>
      <div role="cell" className="grid content-start gap-1">
        <span className="text-xs text-muted-foreground md:sr-only">Separates later strong from weak hires</span>
        <span className="flex flex-wrap items-center gap-2">
          {q.auc === null ? null : <span>AUC {plain(q.auc)}</span>}
          <Badge variant={AUC_BADGE[q.aucVerdict].variant}>{AUC_BADGE[q.aucVerdict].label}</Badge>
        </span>
        <span className="text-xs text-muted-foreground">
          {q.aucInterval ? `95% interval ${range(q.aucInterval)} · ` : null}n = {q.nStrong} strong, {q.nWeak} weak
        </span>
      </div>
    </div>
  );
}

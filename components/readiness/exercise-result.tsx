// The result of a calibration attempt: agreement with the past panels, the mean offset in words,
// pass or not, and each piece of evidence with your level beside the panel's consensus. Shown only
// for a submitted attempt (lib/readiness/queries.ts exerciseToTake reads the consensus only there).
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { formatDateTime } from "@/lib/dates";
import { agreementText, differenceText } from "@/lib/readiness/next-steps";
import { offsetText } from "@/lib/readiness/rules";

export type ResultRow = { position: number; evidence: string; rating: number; consensus: number; raters: number };

export function ExerciseResult({
  attempt,
  rows,
  timeZone,
  practice,
}: {
  attempt: {
    exact: number;
    withinOne: number;
    items: number;
    meanOffset: number;
    passed: boolean;
    passMark: number;
    submittedAt: Date;
  };
  rows: ResultRow[];
  timeZone: string;
  /** A retake: the panel's levels were seen before, so it does not count toward qualifying. */
  practice: boolean;
}) {
  return (
    <Card aria-labelledby="result-h" role="region">
      <CardHeader>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle id="result-h">Your result</CardTitle>
          {practice ? (
            // A retake never counts: a green "Passed" would read as a step done.
            <Badge variant="muted">
              {attempt.passed ? "Practice: at the pass mark" : "Practice: below the pass mark"}
            </Badge>
          ) : attempt.passed ? (
            <Badge variant="success">Passed</Badge>
          ) : (
            <Badge variant="warning">Not passed</Badge>
          )}
        </div>
        <CardDescription>
          Submitted {formatDateTime(attempt.submittedAt, timeZone)}
          {practice ? " · a practice retake: only your first attempt at an exercise counts toward qualifying" : ""}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ul className="grid gap-1 text-sm">
          <li>
            <strong>{agreementText(attempt.exact, attempt.items)}</strong>: {attempt.passed ? "at or above" : "below"}{" "}
            the pass mark of {attempt.passMark}%.
          </li>
          <li>
            {attempt.withinOne} of {attempt.items} within one level of the panel.
          </li>
          <li>You rated {offsetText(attempt.meanOffset)}.</li>
        </ul>
        <div>
          <h3 className="text-sm font-medium">Piece by piece</h3>
          <ol className="mt-2 grid gap-3">
            {rows.map((r) => (
              <li key={r.position} className="rounded-md border border-border p-3">
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                  <span className="font-medium">Evidence {r.position}</span>
                  <span>
                    You <LevelBadge level={r.rating} zeroLabel="below L1" />
                  </span>
                  <span>
                    Panel <LevelBadge level={r.consensus} zeroLabel="below L1" />{" "}
                    <span className="text-muted-foreground">
                      ({r.raters} {r.raters === 1 ? "interviewer" : "interviewers"})
                    </span>
                  </span>
                  <Badge
                    variant={
                      r.rating === r.consensus
                        ? "success"
                        : Math.abs(r.rating - r.consensus) === 1
                          ? "muted"
                          : "warning"
                    }
                  >
                    {differenceText(r.rating, r.consensus)}
                  </Badge>
                </div>
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-muted-foreground">Read the evidence again</summary>
                  <p dir="auto" className="mt-2 break-words whitespace-pre-line">
                    {r.evidence}
                  </p>
                </details>
              </li>
            ))}
          </ol>
        </div>
      </CardContent>
    </Card>
  );
}

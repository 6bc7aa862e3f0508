// The calibration exercises on /readiness: each with the interviewer's last attempt and a link to
// take it (or see the result and retake it). A list of rows that wrap, so phones need no table.
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button-variants";
import { formatDate } from "@/lib/dates";
import { agreementText } from "@/lib/readiness/next-steps";

export type MyExercise = {
  id: string;
  title: string;
  domainId: string;
  domain: string;
  items: number;
  attempts: { exact: number; items: number; passed: boolean; submittedAt: Date }[];
};

export function MyExerciseList({
  exercises,
  timeZone,
  revokedAt,
}: {
  exercises: MyExercise[];
  timeZone: string;
  /** Per domain, when the viewer's qualification was revoked: attempts before it no longer count. */
  revokedAt: ReadonlyMap<string, Date>;
}) {
  if (exercises.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        No calibration exercises yet. A manager creates them from past panels’ evidence.
      </p>
    );
  return (
    <ul className="divide-y divide-border" aria-label="Calibration exercises">
      {exercises.map((e) => {
        // Newest first: the oldest is the first attempt, the one that counts toward qualifying.
        const counted = e.attempts.at(-1);
        const retakes = e.attempts.length - 1;
        const revoked = revokedAt.get(e.domainId);
        const stale = !!counted && !!revoked && counted.submittedAt <= revoked;
        return (
          <li key={e.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
            <div className="min-w-0">
              <Link
                href={`/readiness/exercises/${e.id}`}
                className="font-medium text-primary underline underline-offset-4"
              >
                {e.title}
              </Link>
              <p className="text-sm text-muted-foreground">
                {e.domain} · {e.items} {e.items === 1 ? "piece" : "pieces"} of evidence to rate
              </p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                {counted ? (
                  <>
                    <span>
                      {retakes ? "First taken" : "Taken"} {formatDate(counted.submittedAt, timeZone)}:{" "}
                      {agreementText(counted.exact, counted.items)}
                    </span>
                    {stale ? (
                      <span className="text-muted-foreground">
                        (before your qualification was revoked: no longer counts)
                      </span>
                    ) : counted.passed ? (
                      <Badge variant="success">passed</Badge>
                    ) : (
                      <Badge variant="warning">not passed</Badge>
                    )}
                    {retakes ? (
                      <span className="text-muted-foreground">
                        (and {retakes} practice {retakes === 1 ? "retake" : "retakes"}, which don&apos;t count)
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-muted-foreground">Not taken yet</span>
                )}
              </p>
            </div>
            <Link
              href={`/readiness/exercises/${e.id}`}
              className={buttonVariants({ variant: counted ? "outline" : "default", size: "sm" })}
            >
              {counted ? "See result or practise" : "Take it"}
              <span className="sr-only">: {e.title}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

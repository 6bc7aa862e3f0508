// One domain on /readiness: where the interviewer stands (qualified, ready to claim, in training),
// progress toward each requirement, and what to do next.
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";
import { agreementText, nextSteps, qualificationText } from "@/lib/readiness/next-steps";
import type { PersonDomainReadiness } from "@/lib/readiness/queries";
import { MyClaimButton } from "./my-claim-button";

const STATUS = {
  qualified: { label: "Qualified", variant: "success" },
  "ready-to-claim": { label: "Ready to claim", variant: "default" },
  "in-training": { label: "In training", variant: "warning" },
} as const;

function Requirement({ label, met, children }: { label: string; met: boolean; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-border py-2 last:border-b-0">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="flex flex-wrap items-baseline gap-2 text-sm">
        {children}
        {met ? <Badge variant="success">done</Badge> : <Badge variant="muted">to do</Badge>}
      </dd>
    </div>
  );
}

export function MyDomainCard({
  domain: d,
  passMark,
  exercise,
  timeZone,
}: {
  domain: PersonDomainReadiness;
  passMark: number;
  /** The newest exercise in this domain, to link from the calibration step. */
  exercise: { id: string; title: string } | null;
  timeZone: string;
}) {
  const status = STATUS[d.status];
  const steps = nextSteps(d, { passMark, exerciseAvailable: !!exercise });
  const headingId = `domain-${d.domainId}`;
  return (
    <Card aria-labelledby={headingId} role="region">
      <CardHeader>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle id={headingId}>{d.name}</CardTitle>
          <Badge variant={status.variant}>{status.label}</Badge>
        </div>
        {d.qualification ? (
          <p className="text-sm text-muted-foreground">
            {qualificationText(d.qualification.how)} on {formatDate(d.qualification.qualifiedAt, timeZone)}
            {d.qualification.how === "GRANTED" && d.qualification.note ? <> · “{d.qualification.note}”</> : null}
          </p>
        ) : d.revokedAt ? (
          <p className="text-sm text-muted-foreground">
            Your qualification was revoked on {formatDate(d.revokedAt, timeZone)}: the seats and calibration attempts
            below count from that day on.
          </p>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        {/* A qualification granted by a manager skipped the steps: their counts would only read as "to do". */}
        {d.qualification?.how === "GRANTED" ? null : (
          <dl>
            <Requirement label="Shadow seats" met={d.shadows.done >= d.shadows.required}>
              {d.shadows.done} of {d.shadows.required}
            </Requirement>
            <Requirement label="Reverse-shadow seats" met={d.reverseShadows.done >= d.reverseShadows.required}>
              {d.reverseShadows.done} of {d.reverseShadows.required}
            </Requirement>
            <Requirement label="Calibration" met={d.calibrationPassed}>
              {d.best ? (
                <span>
                  best first attempt {agreementText(d.best.exact, d.best.items)} · pass mark {passMark}%
                </span>
              ) : (
                <span>not taken yet · pass mark {passMark}%</span>
              )}
            </Requirement>
          </dl>
        )}
        <div>
          <h3 className="text-sm font-medium">{d.status === "in-training" ? "Next" : "Now"}</h3>
          {steps.length === 1 ? (
            <p className="mt-1 text-sm">{steps[0]}</p>
          ) : (
            <ol className="mt-1 grid list-inside list-decimal gap-1 text-sm">
              {steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          )}
          {exercise && !d.calibrationPassed && d.status === "in-training" ? (
            <p className="mt-2 text-sm">
              <Link href={`/readiness/exercises/${exercise.id}`} className="text-primary underline underline-offset-4">
                {d.best ? "Take another calibration exercise" : "Take the calibration exercise"}
                <span className="sr-only">: {exercise.title}</span>
              </Link>
            </p>
          ) : null}
        </div>
        {d.status === "ready-to-claim" ? <MyClaimButton domainId={d.domainId} domainName={d.name} /> : null}
      </CardContent>
    </Card>
  );
}

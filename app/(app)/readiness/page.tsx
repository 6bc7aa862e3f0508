import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MyDomainCard } from "@/components/readiness/my-domain-card";
import { MyExerciseList } from "@/components/readiness/my-exercise-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { buttonVariants } from "@/components/ui/button-variants";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { myExercisePage, newestExercisePerDomain } from "@/lib/readiness/exercise-lists";
import { myReadiness } from "@/lib/readiness/queries";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "My interviewer readiness" };

const TITLE = "My interviewer readiness";

export default async function MyReadinessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [mine, exercises, tz] = await Promise.all([
    myReadiness(user),
    myExercisePage(user, await searchParams),
    viewerTimeZone(),
  ]);
  if (!mine || !exercises) {
    // Recruiters don't interview (canTrainAsInterviewer): nothing to train for.
    return (
      <>
        <PageHeader title={TITLE} />
        <Card>
          <CardHeader>
            <CardTitle>Nothing to do here for recruiters</CardTitle>
            <CardDescription>
              Readiness tracks how interviewers qualify to rate each domain of the matrix: shadowing, reverse-shadowing
              and a calibration exercise. Recruiters don’t rate candidates, so there is nothing to train for.
            </CardDescription>
          </CardHeader>
        </Card>
      </>
    );
  }
  const { settings, domains, weeklyLimit } = mine;
  const newest = await newestExercisePerDomain(
    domains.map((d) => d.domainId),
    user.id,
  );
  const qualified = domains.filter((d) => d.status === "qualified").length;
  return (
    <>
      <PageHeader
        title={TITLE}
        actions={
          can(user, "manageReadiness") ? (
            <Link href="/readiness/team" className={buttonVariants({ variant: "outline" })}>
              Team readiness
            </Link>
          ) : null
        }
        description={
          domains.length === 0
            ? "The matrix has no published domains yet."
            : `Qualified for ${qualified} of ${domains.length} domains. You qualify in a domain after ${settings.shadowsRequired} shadow and ${settings.reverseShadowsRequired} reverse-shadow ${settings.reverseShadowsRequired === 1 ? "seat" : "seats"} and a calibration exercise passed at ${settings.calibrationPassMark}%.`
        }
      />
      <div className="grid gap-6">
        <section aria-label="Domains" className="grid gap-4 lg:grid-cols-2">
          {domains.map((d) => (
            <MyDomainCard
              key={d.domainId}
              domain={d}
              passMark={settings.calibrationPassMark}
              exercise={newest.get(d.domainId) ?? null}
              timeZone={tz}
            />
          ))}
        </section>
        <Card id="exercises">
          <CardHeader>
            <CardTitle>Calibration exercises</CardTitle>
            <CardDescription>
              Rate anonymised evidence from past panels, then compare your levels with what the panel agreed on. Passing
              means at least {settings.calibrationPassMark}% rated exactly as the panel did.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-2">
            <MyExerciseList exercises={exercises.rows} timeZone={tz} revokedAt={mine.revokedSince} />
            <Pager label="Pages of calibration exercises" params={{}} page={exercises} hash="exercises" />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Your weekly interview limit</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm">
            <p>
              At most <strong>{weeklyLimit}</strong> {weeklyLimit === 1 ? "interview" : "interviews"} a week
              {weeklyLimit !== settings.weeklyInterviewLimit
                ? ` (your own limit; the organisation’s default is ${settings.weeklyInterviewLimit})`
                : ""}
              .
            </p>
            <p className="text-muted-foreground">
              Whoever schedules interviews sees it and is warned before booking you past it. Ask your manager to change
              it. Your{" "}
              <Link href="/interviews" className="text-primary underline underline-offset-4">
                interviews
              </Link>{" "}
              list shows what is booked.
            </p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

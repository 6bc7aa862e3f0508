import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/quality/check-in-form";
import { ReassignForm } from "@/components/quality/reassign-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { checkInDelegates, hireCheckIns } from "@/lib/quality/check-ins";
import { milestoneToOpen } from "@/lib/quality/milestones";
import { OVERALL_LABEL } from "@/lib/validation/check-in";
import { paramsAreIds } from "@/lib/validation/id";
import { formatDate } from "@/lib/dates";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { checkInQuerySchema } from "@/lib/validation/page-queries";

export const metadata: Metadata = { title: "Check-in" };

const STATE_BADGE = { done: "success", due: "warning", upcoming: "muted" } as const;

export default async function HireCheckInsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("readHiringQuality");
  const tz = await viewerTimeZone();
  const { id } = await params;
  if (!paramsAreIds({ id })) notFound();
  const hire = await hireCheckIns(user, id);
  if (!hire) notFound();
  const { m } = checkInQuerySchema.parse(await searchParams);
  const { open, notOpened: asked } = milestoneToOpen(hire.milestones, m, hire.hired && hire.canRecord);
  return (
    <>
      <PageHeader
        title={hire.candidate}
        description={`${hire.role} · hired ${formatDate(hire.hiredAt, tz)} · check-ins answered by ${hire.assignee}. Only the hire's manager, a delegate and admins see these.`}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          {asked ? (
            <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">
              The {asked.label} check-in{" "}
              {asked.state === "done"
                ? "is recorded (below)."
                : `opens on ${formatDate(asked.dueAt, tz)}${open ? `; the ${open.label} one is due now.` : "."}`}
            </p>
          ) : null}
          {open ? (
            <Card>
              <CardHeader>
                <CardTitle>{open.label} check-in</CardTitle>
                <CardDescription>
                  Rate what you have seen on the job, on the levels the role was hired for.
                </CardDescription>
              </CardHeader>
              <CardContent>
                <CheckInForm
                  key={open.days}
                  userId={user.id}
                  applicationId={hire.applicationId}
                  milestoneDays={open.days}
                  label={open.label}
                  domains={hire.domains}
                />
              </CardContent>
            </Card>
          ) : null}
          {hire.checkIns.map((c) => (
            <Card key={c.id}>
              <CardHeader>
                <CardTitle>{c.label} check-in</CardTitle>
                <CardDescription>
                  {c.author.name}, {formatDate(c.submittedAt, tz)} · {OVERALL_LABEL[c.overall]} · would hire again:{" "}
                  {c.wouldHireAgain ? "yes" : "no"}
                </CardDescription>
              </CardHeader>
              <CardContent>
                <ul className="grid gap-2 text-sm">
                  {c.ratings.map((r) => (
                    <li key={r.domainId}>
                      <span className="font-medium">{hire.ratedDomainNames[r.domainId] ?? "A domain"}</span>{" "}
                      {r.rating === null ? (
                        <span className="text-muted-foreground">not observed yet</span>
                      ) : (
                        <LevelBadge level={r.rating} zeroLabel="Below L1" />
                      )}
                      {r.evidence ? (
                        <span dir="auto" className="block text-start whitespace-pre-wrap text-muted-foreground">
                          {r.evidence}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {c.note ? (
                  <p dir="auto" className="mt-3 text-start text-sm whitespace-pre-wrap">
                    {c.note}
                  </p>
                ) : null}
              </CardContent>
            </Card>
          ))}
        </div>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Check-ins</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-2 text-sm">
                {hire.milestones.map((x) => (
                  <li key={x.days} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {x.label} <span className="text-muted-foreground">· {formatDate(x.dueAt, tz)}</span>
                    </span>
                    <Badge variant={STATE_BADGE[x.state]}>{x.state}</Badge>
                  </li>
                ))}
              </ul>
              {!hire.hired ? (
                <p className="mt-3 text-sm text-muted-foreground">No longer marked as hired: check-ins have stopped.</p>
              ) : null}
            </CardContent>
          </Card>
          {can(user, "assignCheckIns") ? (
            <Card>
              <CardHeader>
                <CardTitle>Delegate</CardTitle>
              </CardHeader>
              <CardContent>
                <ReassignForm
                  applicationId={hire.applicationId}
                  current={hire.delegateId}
                  ownerName={hire.ownerName}
                  people={await checkInDelegates(hire.ownerId)}
                />
              </CardContent>
            </Card>
          ) : null}
          <p className="text-sm">
            <Link href="/check-ins" className="text-primary underline underline-offset-4">
              All due check-ins
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { TeamExerciseForm } from "@/components/readiness/team-exercise-form";
import { TeamLimitForm } from "@/components/readiness/team-limit-form";
import { TeamMatrix, type TeamPerson } from "@/components/readiness/team-matrix";
import { SearchForm } from "@/components/ui/search-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { canGrantQualificationTo } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { exerciseList } from "@/lib/readiness/exercise-lists";
import { teamReadiness } from "@/lib/readiness/queries";
import { loadStatus } from "@/lib/readiness/rules";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "Team readiness" };

const LOAD_BADGE = { free: "muted", "at-limit": "warning", over: "danger" } as const;

/** Managers and admins (manageReadiness): who may rate which domain, weekly limits, calibration exercises. */
export default async function TeamReadinessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("manageReadiness");
  const tz = await viewerTimeZone();
  const params = await searchParams;
  const [team, exercises] = await Promise.all([teamReadiness(user, tz, params), exerciseList(user, params)]);
  if (!team || !exercises) return null; // requireCapability has refused already
  const { settings, domains } = team;
  const domainName = Object.fromEntries(domains.map((d) => [d.domainId, d.name]));
  // Each pager keeps the other list where it is.
  const at = { q: team.query.q, after: team.query.after, before: team.query.before, ...exercises.query };
  const people: TeamPerson[] = team.people.map((p) => ({
    id: p.id,
    name: p.name,
    grantable: canGrantQualificationTo(user, p.id),
    cells: p.domains.map((d) => ({
      domainId: d.domainId,
      status: d.status,
      how: d.qualification?.how ?? null,
      note: d.qualification?.note ?? null,
      shadows: d.shadows,
      reverseShadows: d.reverseShadows,
      calibrationPassed: d.calibrationPassed,
      best: d.best ? { exact: d.best.exact, items: d.best.items } : null,
      revokedOn: d.revokedAt && !d.qualification ? formatDate(d.revokedAt, tz) : null,
    })),
  }));
  return (
    <>
      <PageHeader
        title="Team readiness"
        description={`Who is qualified to rate each domain of the current matrix, and how far the others are. A qualification takes ${settings.shadowsRequired} shadow and ${settings.reverseShadowsRequired} reverse-shadow seats and a calibration exercise passed at ${settings.calibrationPassMark}%, or a grant from a manager.`}
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>
              Interviewers and domains <Badge variant="muted">{team.page.total}</Badge>
            </CardTitle>
            <CardDescription>
              Grant a qualification to an experienced interviewer, or revoke one; the reason is kept in the audit log.
              The plan editor warns when a stage&apos;s domain is rated only by people not yet qualified for it.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <SearchForm q={team.query.q ?? ""} label="Name" ariaLabel="Find a person" inputId="team-q" />
            {domains.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                No matrix is published yet: qualifications are per domain of the current matrix.
              </p>
            ) : people.length === 0 ? (
              <p role="status" className="text-sm text-muted-foreground">
                {team.query.q ? `Nobody who interviews matches “${team.query.q}”.` : "Nobody interviews yet."}
              </p>
            ) : (
              <TeamMatrix domains={domains} people={people} />
            )}
            <Pager label="Pages of people" params={at} page={team.page} />
          </CardContent>
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>Weekly interview limits</CardTitle>
              <CardDescription>
                Interviews this week (the week of {formatDate(new Date(`${team.thisWeek}T12:00:00Z`), "UTC")}, every
                seat counted) against each person&apos;s limit. Leave a limit blank for the organisation&apos;s default
                of {settings.weeklyInterviewLimit}.
              </CardDescription>
            </CardHeader>
            <CardContent>
              {team.people.length === 0 ? (
                <p className="text-sm text-muted-foreground">Nobody on this page.</p>
              ) : (
                <ul className="grid divide-y divide-border" aria-label="Weekly limits">
                  {team.people.map((p) => (
                    <li key={p.id} className="grid items-start gap-x-4 gap-y-2 py-3 sm:grid-cols-[minmax(0,1fr)_auto]">
                      <div className="grid min-w-0 gap-1">
                        <span className="font-medium">{p.name}</span>
                        <span>
                          <Badge variant={LOAD_BADGE[loadStatus(p.thisWeek, p.limit, 0)]}>
                            {p.thisWeek} of {p.limit} this week
                          </Badge>
                          {p.weeklyInterviewLimit === null ? (
                            <span className="ml-2 text-xs text-muted-foreground">default limit</span>
                          ) : null}
                        </span>
                      </div>
                      <TeamLimitForm
                        userId={p.id}
                        name={p.name}
                        own={p.weeklyInterviewLimit}
                        orgDefault={settings.weeklyInterviewLimit}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
          <Card id="exercises">
            <CardHeader>
              <CardTitle>
                Calibration exercises <Badge variant="muted">{exercises.total}</Badge>
              </CardTitle>
              <CardDescription>
                Trainees rate anonymised past evidence; agreement with the past panel&apos;s consensus of{" "}
                {settings.calibrationPassMark}% or more passes.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-6">
              {exercises.rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">No exercises yet.</p>
              ) : (
                <ul className="grid gap-3 text-sm" aria-label="Calibration exercises">
                  {exercises.rows.map((e) => (
                    <li key={e.id}>
                      <p className="font-medium">
                        {e.title} {e.retiredAt ? <Badge variant="muted">retired</Badge> : null}
                      </p>
                      <p className="text-xs text-muted-foreground">
                        {/* The title names the domain already, unless it was renamed or retired since. */}
                        {domainName[e.domainId] && e.title.startsWith(domainName[e.domainId]!)
                          ? ""
                          : `${domainName[e.domainId] ?? "A domain of an earlier matrix"} · `}
                        {e._count.items} {e._count.items === 1 ? "item" : "items"} · {e._count.attempts}{" "}
                        {e._count.attempts === 1 ? "attempt" : "attempts"} · by{" "}
                        {e.createdBy?.name ?? "someone no longer here"}, {formatDate(e.createdAt, tz)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <Pager
                label="Pages of calibration exercises"
                params={at}
                page={exercises}
                cursors={{ after: "exAfter", before: "exBefore" }}
                hash="exercises"
              />
              <TeamExerciseForm domains={domains} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

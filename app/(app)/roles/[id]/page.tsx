import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddCandidateForm } from "@/components/pipeline/add-candidate-form";
import { PipelineActionsProvider, RowPipelineActions } from "@/components/pipeline/row-pipeline-actions";
import { MoveRole } from "@/components/matrix-editor/move-role";
import { LogisticsForm } from "@/components/roles/logistics-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import { canDecideOnCandidates, canSeeFullMatrixDiff, can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { Pager } from "@/components/ui/pager";
import { RoleCandidateFilters } from "@/components/pipeline/role-candidate-filters";
import { roleApplicationsPage } from "@/lib/data/role-applications";
import { roleDetail } from "@/lib/data/roles";
import { interviewerLoad } from "@/lib/readiness/queries";
import { parseComparisonQuery } from "@/lib/validation/comparison";
import { paramsAreIds } from "@/lib/validation/id";
import { formatMoney } from "@/lib/utils";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "Role" };

const COVERAGE_BADGE = {
  covered: ["success", "covered"],
  uncovered: ["danger", "not covered"],
  "single-judge": ["warning", "one interviewer"],
  "not-required": ["muted", "not required"],
} as const;

type SearchParams = Record<string, string | string[] | undefined> & { planUnpublished?: string; movedTo?: string; pruned?: string };

export default async function RolePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!paramsAreIds({ id })) notFound();
  const listQuery = parseComparisonQuery(query);
  const [detail, candidates, timeZone] = await Promise.all([
    roleDetail(user, id),
    roleApplicationsPage(user, id, listQuery),
    viewerTimeZone(),
  ]);
  if (!detail) notFound();
  const { role, targets, coverage, domainName } = detail;
  // The pipeline is the owner's, the team recruiter's and admins' (lib/applications/service.ts).
  const canManage = detail.canManagePipeline;
  const pruned = Number(query.pruned) || 0;
  // Why interviews can't be scheduled yet (the service refuses the same cases).
  const scheduleBlocked =
    role.status !== "OPEN"
      ? `Interviews are scheduled on open roles; this one is ${role.status.toLowerCase()}.`
      : !role.planPublishedAt
        ? "Interviews are scheduled once the interview plan is published."
        : null;
  // Each stage interviewer's weekly load against their limit, for the scheduling form (read once for the page).
  const stageInterviewerIds = [...new Set(role.stages.flatMap((s) => s.interviewers.map((i) => i.userId)))];
  const load = canManage && candidates.rows.length ? await interviewerLoad(user, stageInterviewerIds, timeZone) : undefined;
  const scheduleStages = role.stages.map((s) => ({
    id: s.id,
    name: s.name,
    interviewers: s.interviewers.map((i) => ({ id: i.user.id, name: i.user.name })),
  }));
  const current = role.matrixVersion;
  const newer = detail.newerVersion;
  const listParams = { q: listQuery.q, stage: listQuery.stage, status: listQuery.status };
  return (
    <>
      <PageHeader
        title={role.title}
        description={
          <>
            {role.cluster.name} · {role.seniority} ·{" "}
            {detail.canSeeSalary ? `${formatMoney(role.salaryMin, role.salaryMax, role.currency)} · ` : ""}
            {role.location ?? "Location not set"} · owner {role.owner.name}
          </>
        }
        actions={
          <>
            <Badge variant={role.status === "OPEN" ? "success" : "muted"}>{role.status.toLowerCase()}</Badge>
            {detail.canEdit ? (
              <Link href={`/roles/${role.id}/edit`} className="text-sm text-primary underline underline-offset-4">
                Edit role
              </Link>
            ) : null}
          </>
        }
      />
      {query.movedTo && current?.number === Number(query.movedTo) ? (
        <p role="status" className="mb-6 rounded-lg border border-border bg-card p-4 text-sm">
          Moved to version {current.number}. Scorecards already written keep the version they were scored against.
        </p>
      ) : null}
      {query.planUnpublished && !role.planPublishedAt ? (
        <p role="status" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          Role saved. The interview plan was unpublished because{" "}
          {coverage.uncovered.length ? (
            <>
              {coverage.uncovered.map((u) => u.name).join(", ")} {coverage.uncovered.length === 1 ? "is" : "are"} no longer covered by any
              stage
            </>
          ) : (
            "it no longer covered every targeted domain"
          )}
          .{" "}
          {detail.canEdit ? (
            <Link href={`/roles/${role.id}/plan`} className="text-primary underline underline-offset-4">
              Update the plan and publish it again
            </Link>
          ) : null}
        </p>
      ) : null}
      {pruned > 0 ? (
        <p role="status" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          {pruned === 1 ? "One stage interviewer was" : `${pruned} stage interviewers were`} taken off the interview plan: no longer on the
          hiring team, or deactivated.{" "}
          {detail.canEdit ? (
            <Link href={`/roles/${role.id}/plan`} className="text-primary underline underline-offset-4">
              Check the plan
            </Link>
          ) : null}
        </p>
      ) : null}
      {detail.canEditLogistics && !detail.canEdit ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>Salary band and status</CardTitle>
            <CardDescription>As the role&apos;s recruiter you can change these; targets and the plan stay with the owner.</CardDescription>
          </CardHeader>
          <CardContent>
            <LogisticsForm
              roleId={role.id}
              version={role.version}
              initial={{ salaryMin: role.salaryMin, salaryMax: role.salaryMax, status: role.status }}
            />
          </CardContent>
        </Card>
      ) : detail.canEdit ? (
        // The owner (and admins) change these with the rest of the role; shown here as they stand.
        <section aria-labelledby="logistics-h" className="mb-6 rounded-lg border border-border bg-card p-4 text-sm">
          <h2 id="logistics-h" className="font-semibold">
            Salary band and status
          </h2>
          <p className="mt-1">
            {formatMoney(role.salaryMin, role.salaryMax, role.currency)} · {role.status.toLowerCase()}
          </p>
          <p className="mt-1 text-muted-foreground">
            Change them in{" "}
            <Link href={`/roles/${role.id}/edit`} className="text-primary underline underline-offset-4">
              Edit role
            </Link>
            ; the role&apos;s recruiter can change them too.
          </p>
        </section>
      ) : null}
      {newer ? (
        <section aria-label="Matrix version" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="mb-2">
            This role uses matrix version {current?.number}; version {newer.number} is published ({newer.changeNote}). Scorecards keep the
            version they were scored against.
          </p>
          <MoveRole
            roleId={role.id}
            title={role.title}
            fromId={role.matrixVersionId}
            fromNumber={current?.number ?? null}
            toId={newer.id}
            toNumber={newer.number}
            showFullDiff={canSeeFullMatrixDiff(user)}
            doneHref={`/roles/${role.id}?movedTo=${newer.number}`}
          />
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Card>
          <CardHeader>
            <CardTitle>Target profile</CardTitle>
            <CardDescription>Level the role needs in each domain (weight in the fit score).</CardDescription>
          </CardHeader>
          <CardContent>
            <table className="w-full text-sm">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-1">
                    Domain
                  </th>
                  <th scope="col" className="py-1">
                    Target
                  </th>
                  <th scope="col" className="py-1">
                    Weight
                  </th>
                  <th scope="col" className="py-1">
                    Plan
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {coverage.rows.map((r) => {
                  const [variant, label] = COVERAGE_BADGE[r.status];
                  return (
                    <tr key={r.domainId}>
                      <th scope="row" className="py-2 text-left font-medium">
                        {r.name}
                      </th>
                      <td className="py-2">
                        <LevelBadge level={r.target} zeroLabel="—" />
                      </td>
                      <td className="py-2">×{targets.find((t) => t.domainId === r.domainId)?.weight}</td>
                      <td className="py-2">
                        <Badge variant={variant}>{label}</Badge>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {coverage.uncovered.length ? (
              <p className="mt-3 text-sm text-danger">The plan cannot be published until every targeted domain is covered.</p>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Interview plan</CardTitle>
            <CardDescription>
              {role.stages.length} stages · {role.planPublishedAt ? "published" : "not published"}
              {detail.canEdit ? (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/roles/${role.id}/plan`} className="text-primary underline underline-offset-4">
                    Edit plan
                  </Link>
                </>
              ) : null}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ol className="grid gap-4">
              {role.stages.map((s, i) => (
                <li key={s.id} className="rounded-md border border-border p-3">
                  <p className="font-medium">
                    {i + 1}. {s.name}{" "}
                    <span className="text-sm font-normal text-muted-foreground">
                      · {s.kind.replace("_", " ").toLowerCase()} · {s.durationMinutes} min
                    </span>
                  </p>
                  <p className="mt-1 text-sm">Focus: {s.domains.map((d) => domainName(d.domainId)).join(", ")}</p>
                  <p className="text-sm text-muted-foreground">
                    Interviewers: {s.interviewers.map((x) => x.user.name).join(", ") || "none yet"}
                  </p>
                  {s.questions.length ? (
                    <p className="text-sm text-muted-foreground">
                      {s.questions.length} {s.questions.length === 1 ? "question" : "questions"} from the bank
                    </p>
                  ) : null}
                  <Link href={`/roles/${role.id}/plan/kit/${s.id}`} className="text-sm text-primary underline underline-offset-4">
                    Printable interview kit
                  </Link>
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      </div>
      <section aria-labelledby="cands-h" className="mt-8">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="cands-h" className="text-lg font-semibold">
            Candidates <Badge variant="muted">{role._count.applications.toLocaleString("en")}</Badge>
          </h2>
          {can(user, "useHiringTools") ? (
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href={`/roles/${role.id}/compare`} className="text-primary underline underline-offset-4">
                Compare candidates
              </Link>
              <Link href={`/pipeline/roles/${role.id}`} className="text-primary underline underline-offset-4">
                Pipeline board
              </Link>
              <Link href={`/roles/${role.id}/job-description`} className="text-primary underline underline-offset-4">
                Job description
              </Link>
              <a href={`/api/roles/${role.id}/gaps.csv`} className="text-primary underline underline-offset-4">
                Gap summary (CSV)
              </a>
            </p>
          ) : null}
        </div>
        {role._count.applications > 0 ? (
          <RoleCandidateFilters query={listParams} stages={role.stages.map((s) => ({ id: s.id, name: s.name }))} />
        ) : null}
        <Pager label="Candidate pages (top)" params={listParams} page={candidates} className="my-3" />
        {candidates.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
            {role._count.applications ? "No candidate matches these filters." : "No candidates yet."}
          </p>
        ) : (
          <PipelineActionsProvider
            stages={scheduleStages}
            load={load}
            scheduleBlocked={scheduleBlocked}
            canHire={canDecideOnCandidates(user, role)}
            serverZone={timeZone}
          >
            <ul className="divide-y divide-border rounded-lg border border-border bg-card">
              {candidates.rows.map((a) => (
                <li key={a.id} className="grid grid-cols-[minmax(0,1fr)] gap-2 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/candidates/${a.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {a.name}
                    </Link>
                    <span className="text-sm text-muted-foreground">
                      {a.statusHidden
                        ? "in process"
                        : a.status === "ACTIVE"
                          ? (role.stages.find((s) => s.id === a.currentStageId)?.name ?? "Not started")
                          : a.status.toLowerCase()}{" "}
                      ·{" "}
                      <Link href={`/candidates/${a.id}#interviews`} className="text-primary underline underline-offset-4">
                        {a.interviews} {a.interviews === 1 ? "interview" : "interviews"}
                      </Link>
                    </span>
                  </div>
                  {/* Controls act on the real status, which this viewer can't see until they have submitted their scorecard. */}
                  {canManage && !a.statusHidden && !a.erased ? (
                    <RowPipelineActions applicationId={a.id} candidate={a.name} currentStageId={a.currentStageId} status={a.status} />
                  ) : null}
                </li>
              ))}
            </ul>
          </PipelineActionsProvider>
        )}
        <Pager label="Candidate pages" params={listParams} page={candidates} className="mt-3" />
        {canManage && role.status !== "OPEN" ? (
          <p className="mt-4 text-sm text-muted-foreground">
            Candidates are added to open roles; this role is {role.status.toLowerCase()}.
          </p>
        ) : null}
        {canManage && role.status === "OPEN" ? (
          <details className="mt-4 rounded-lg border border-border bg-card p-4">
            <summary className="cursor-pointer font-medium">Add a candidate</summary>
            <div className="mt-3">
              <AddCandidateForm roleId={role.id} />
            </div>
          </details>
        ) : null}
      </section>
    </>
  );
}

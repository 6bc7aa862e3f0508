// The notes above a role's target profile and plan: what just happened (moved to a newer matrix
// version, plan unpublished, stage interviewers taken off), its salary band and status (a form
// for the role's recruiter, a summary for the owner), and a newer matrix version to move to.
import Link from "@/components/ui/link";
import { asCurrency } from "@/lib/validation/currencies";
import { MoveRole } from "@/components/matrix-editor/move-role";
import { LogisticsForm } from "@/components/roles/logistics-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RoleDetail } from "@/lib/data/role-page";
import { formatMoney } from "@/lib/utils";

const LINK = "text-primary underline underline-offset-4";
const WARNING = "mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm";

/** What the page was redirected with: `movedTo` a version number, `planUnpublished` a flag, `pruned` a count. */
export type RoleNoticeQuery = { movedTo?: string; planUnpublished?: string; pruned?: string };

export function RoleNotices({ detail, query }: { detail: RoleDetail; query: RoleNoticeQuery }) {
  const { role, coverage, canEdit } = detail;
  const current = role.matrixVersion;
  const pruned = Number(query.pruned) || 0;
  const planLink = (text: string) =>
    canEdit ? (
      <Link href={`/roles/${role.id}/plan`} className={LINK}>
        {text}
      </Link>
    ) : null;
  return (
    <>
      {query.movedTo && current?.number === Number(query.movedTo) ? (
        <p role="status" className="mb-6 rounded-lg border border-border bg-card p-4 text-sm">
          Moved to version {current.number}. Scorecards already written keep the version they were scored against.
        </p>
      ) : null}
      {query.planUnpublished && !role.planPublishedAt ? (
        <p role="status" className={WARNING}>
          Role saved. The interview plan was unpublished because{" "}
          {coverage.uncovered.length ? (
            <>
              {coverage.uncovered.map((u) => u.name).join(", ")} {coverage.uncovered.length === 1 ? "is" : "are"} no
              longer covered by any stage
            </>
          ) : (
            "it no longer covered every targeted domain"
          )}
          . {planLink("Update the plan and publish it again")}
        </p>
      ) : null}
      {pruned > 0 ? (
        <p role="status" className={WARNING}>
          {pruned === 1 ? "One stage interviewer was" : `${pruned} stage interviewers were`} taken off the interview
          plan: no longer on the hiring team, or deactivated. {planLink("Check the plan")}
        </p>
      ) : null}
    </>
  );
}

export function RoleLogistics({ detail }: { detail: RoleDetail }) {
  const { role } = detail;
  if (detail.canEditLogistics && !detail.canEdit)
    return (
      <Card className="mb-6">
        <CardHeader>
          {/* Names the form below too (aria-labelledby): one heading, not a second hidden one. */}
          <CardTitle id="logistics-card-h">Salary band and status</CardTitle>
          <CardDescription>
            As the role&apos;s recruiter you can change these; targets and the plan stay with the owner.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <LogisticsForm
            roleId={role.id}
            version={role.version}
            initial={{
              salaryMin: role.salaryMin,
              salaryMax: role.salaryMax,
              currency: asCurrency(role.currency),
              status: role.status,
            }}
          />
        </CardContent>
      </Card>
    );
  if (!detail.canEdit) return null;
  // The owner (and admins) change these with the rest of the role; shown here as they stand.
  return (
    <section aria-labelledby="logistics-h" className="mb-6 rounded-lg border border-border bg-card p-4 text-sm">
      <h2 id="logistics-h" className="font-semibold">
        Salary band and status
      </h2>
      <p className="mt-1">
        {formatMoney(role.salaryMin, role.salaryMax, role.currency)} · {role.status.toLowerCase()}
      </p>
      <p className="mt-1 text-muted-foreground">
        Change them in{" "}
        <Link href={`/roles/${role.id}/edit`} className={LINK}>
          Edit role
        </Link>
        ; the role&apos;s recruiter can change them too.
      </p>
    </section>
  );
}

export function MatrixVersionNotice({ detail, showFullDiff }: { detail: RoleDetail; showFullDiff: boolean }) {
  const { role, newerVersion: newer } = detail;
  const current = role.matrixVersion;
  if (!newer) return null;
  return (
    <section aria-label="Matrix version" className={WARNING}>
      <p className="mb-2">
        This role uses matrix version {current?.number}; version {newer.number} is published
        {newer.changeNote ? <> with the note &ldquo;{newer.changeNote.replace(/[.\s]+$/, "")}&rdquo;</> : null}.
        Scorecards keep the version they were scored against.
      </p>
      <MoveRole
        roleId={role.id}
        title={role.title}
        fromId={role.matrixVersionId}
        fromNumber={current?.number ?? null}
        toId={newer.id}
        toNumber={newer.number}
        showFullDiff={showFullDiff}
        doneHref={`/roles/${role.id}?movedTo=${newer.number}`}
      />
    </section>
  );
}

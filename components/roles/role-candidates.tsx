// A role's candidates: links to its hiring tools, filters, the paged list with each row's
// pipeline controls (for those who manage the pipeline; the list itself is role-candidate-list.tsx),
// and the form to add one.
import Link from "@/components/ui/link";
import { roleCandidateRows } from "@/lib/candidates/role-candidate-rows";
import { AddCandidateForm } from "@/components/pipeline/add-candidate-form";
import { RoleCandidateFilters } from "@/components/pipeline/role-candidate-filters";
import { PipelineActionsProvider } from "@/components/pipeline/row-pipeline-actions";
import { RoleCandidateList } from "@/components/roles/role-candidate-list";
import { Badge } from "@/components/ui/badge";
import { EmptyPageText, Pager } from "@/components/ui/pager";
import type { RoleApplicationRow } from "@/lib/data/role-applications";
import type { RoleDetail, RoleScheduling } from "@/lib/data/role-page";

const LINK = "text-primary underline underline-offset-4";

export function RoleCandidates({
  detail,
  candidates,
  listParams,
  scheduling,
  showHiringTools,
  timeZone,
}: {
  detail: RoleDetail;
  candidates: { next: string | null; prev: string | null; start: number; total: number; rows: RoleApplicationRow[] };
  listParams: { q?: string; stage?: string; status?: string; size?: string };
  scheduling: RoleScheduling;
  /** The links to the comparison, board, job description and gap CSV (each checks its own rule too). */
  showHiringTools: boolean;
  timeZone: string;
}) {
  const { role } = detail;
  // The pipeline is the owner's, the team recruiter's and admins' (lib/applications/service.ts).
  const canManage = detail.canManagePipeline;
  // Who opens every application lists them all; an interviewer lists the candidates they
  // interview (lib/data/role-applications.ts), each of which they may open.
  const listsAll = detail.opensApplications;
  const filtered = Boolean(listParams.q || listParams.stage || listParams.status);
  const emptyText = filtered ? (
    "No candidate matches these filters."
  ) : listsAll ? (
    "No candidates yet."
  ) : showHiringTools ? (
    // A recruiter off the role's team: the board is theirs to read, the applications are the team's.
    <>
      You are not on this role&apos;s hiring team, so only candidates you interview are listed here. The{" "}
      <Link href={`/pipeline/roles/${role.id}`} className={LINK}>
        pipeline board
      </Link>{" "}
      shows where every candidate stands.
    </>
  ) : (
    "You have no interviews on this role yet: the candidates you interview are listed here."
  );
  return (
    <section id="candidates" aria-labelledby="cands-h" className="mt-8 scroll-mt-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="cands-h" className="text-lg font-semibold">
          {listsAll ? "Candidates" : "Your candidates"}{" "}
          {listsAll || !filtered ? (
            <Badge variant="muted">
              {(listsAll ? role._count.applications : candidates.total).toLocaleString("en")}
            </Badge>
          ) : null}
        </h2>
        {showHiringTools ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {detail.canCompare ? (
              <Link href={`/roles/${role.id}/compare`} className={LINK}>
                Compare candidates
              </Link>
            ) : null}
            <Link href={`/pipeline/roles/${role.id}`} className={LINK}>
              Pipeline board
            </Link>
            <Link href={`/roles/${role.id}/job-description`} className={LINK}>
              Job description
            </Link>
            {detail.leadsHiring ? (
              <a href={`/api/roles/${role.id}/gaps.csv`} className={LINK}>
                Gap summary (CSV)
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
      {role._count.applications > 0 && (listsAll || filtered || candidates.total > 0) ? (
        <RoleCandidateFilters query={listParams} stages={role.stages.map((s) => ({ id: s.id, name: s.name }))} />
      ) : null}
      <Pager label="Candidate pages (top)" params={listParams} page={candidates} className="my-3" hash="candidates" />
      {candidates.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          {/* A page past the end of the list (an old link, another viewer's longer list) says so. */}
          <EmptyPageText page={candidates} params={listParams} empty={emptyText} />
        </p>
      ) : (
        <PipelineActionsProvider
          stages={scheduling.stages}
          load={scheduling.load}
          scheduleBlocked={scheduling.scheduleBlocked}
          canHire={scheduling.canHire}
          serverZone={timeZone}
        >
          <RoleCandidateList rows={roleCandidateRows(candidates.rows, role.stages, { timeZone, canManage })} />
        </PipelineActionsProvider>
      )}
      <Pager label="Candidate pages" params={listParams} page={candidates} className="mt-3" hash="candidates" />
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
  );
}

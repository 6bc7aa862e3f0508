import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RoleCandidates } from "@/components/roles/role-candidates";
import { MatrixVersionNotice, RoleLogistics, RoleNotices, type RoleNoticeQuery } from "@/components/roles/role-notices";
import { RolePlanOverview } from "@/components/roles/role-plan-overview";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { can, canSeeFullMatrixDiff } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { roleApplicationsPage } from "@/lib/data/role-applications";
import { roleScheduling } from "@/lib/data/role-page";
import { roleDetail } from "@/lib/data/roles";
import { formatMoney } from "@/lib/utils";
import { parseComparisonQuery } from "@/lib/validation/comparison";
import { paramsAreIds } from "@/lib/validation/id";
import { viewerTimeZone } from "@/lib/viewer-time-zone";

export const metadata: Metadata = { title: "Role" };

type SearchParams = Record<string, string | string[] | undefined> & RoleNoticeQuery;

export default async function RolePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!paramsAreIds({ id })) notFound();
  const listQuery = parseComparisonQuery(query);
  const [detail, timeZone] = await Promise.all([roleDetail(user, id), viewerTimeZone()]);
  if (!detail) notFound();
  const { role } = detail;
  // Which candidates this viewer lists depends on the role's team (lib/data/role-applications.ts).
  const candidates = await roleApplicationsPage(user, role, listQuery);
  const scheduling = await roleScheduling(user, detail, candidates.rows.length > 0, timeZone);
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
      <RoleNotices detail={detail} query={query} />
      <RoleLogistics detail={detail} />
      <MatrixVersionNotice detail={detail} showFullDiff={canSeeFullMatrixDiff(user)} />
      <RolePlanOverview detail={detail} />
      <RoleCandidates
        detail={detail}
        candidates={candidates}
        // A chosen page size goes on with every page (the pager read 101–150 after "1–100").
        listParams={{
          q: listQuery.q,
          stage: listQuery.stage,
          status: listQuery.status,
          size: listQuery.size ? String(listQuery.size) : undefined,
        }}
        scheduling={scheduling}
        showHiringTools={can(user, "useHiringTools")}
        timeZone={timeZone}
      />
    </>
  );
}

import { canChooseRoleOwner } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { asCurrency } from "@/lib/validation/currencies";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RoleForm } from "@/components/roles/role-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { roleBuilderData } from "@/lib/data/role-builder";
import { formatMoney } from "@/lib/utils";
import type { RoleInput } from "@/lib/validation/role";
import { newRoleQuerySchema } from "@/lib/validation/page-queries";

// The roadmap's figure is how long a person needs to learn the role from scratch, not how long recruiting takes.
const JOB_READY_HINT = "learning the role from scratch, per the roadmap; not recruiting time";

export const metadata: Metadata = { title: "New role" };

export default async function NewRolePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("createRoles");
  const [{ template: templateId, scratch }, data] = await Promise.all([
    searchParams.then((sp) => newRoleQuerySchema.parse(sp)),
    roleBuilderData(),
  ]);
  if (!data) notFound();
  const template = data.templates.find((t) => t.id === templateId);
  if (!template && !scratch) {
    return (
      <>
        <PageHeader
          title="New role"
          description="Start from a role template (targets, cluster and reference salary filled in), or from scratch."
          actions={
            <Link href="/roles/new?scratch=1" className="text-sm text-primary underline underline-offset-4">
              Start from scratch
            </Link>
          }
        />
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {data.templates.map((t) => (
            <li key={t.id}>
              <Card className="h-full">
                <CardHeader>
                  <CardTitle>
                    <Link
                      href={`/roles/new?template=${t.id}`}
                      className="text-primary underline-offset-4 hover:underline"
                    >
                      {t.title}
                    </Link>
                  </CardTitle>
                  <CardDescription>
                    {t.clusterName} · {t.seniority} · {formatMoney(t.salaryMin, t.salaryMax, t.currency)}
                  </CardDescription>
                </CardHeader>
                <CardContent className="grid gap-2 text-sm">
                  <p className="text-muted-foreground">{t.summary}</p>
                  <p className="flex flex-wrap gap-1">
                    {data.domains.map((d) => (
                      <span key={d.domainId} className="inline-flex items-center gap-1 text-xs">
                        {d.shortName} <LevelBadge level={t.targets[d.domainId] ?? 0} zeroLabel="—" />
                      </span>
                    ))}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    Remote: {t.remoteFriendliness} ·{" "}
                    <span title={JOB_READY_HINT}>Time to job-ready from zero: {t.timeToHire}</span>
                  </p>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const initial: RoleInput = {
    title: template?.title ?? "",
    seniority: template?.seniority ?? "Mid-level",
    clusterId: template?.clusterId ?? data.clusters[0]!.id,
    templateId: template?.id ?? "",
    status: "DRAFT",
    salaryMin: template?.salaryMin ?? null,
    salaryMax: template?.salaryMax ?? null,
    currency: asCurrency(template?.currency),
    location: "",
    // An admin picks the owner manager; a manager owns the roles they create.
    ownerId: canChooseRoleOwner(user) ? "" : user.id,
    recruiterId: "",
    interviewerIds: [],
    targets: data.domains.map((d) => ({ domainId: d.domainId, level: template?.targets[d.domainId] ?? 0, weight: 1 })),
  };
  return (
    <>
      <PageHeader
        title={template ? `New role from “${template.title}”` : "New role"}
        description={
          template
            ? `Reference range ${formatMoney(template.salaryMin, template.salaryMax, template.currency)} · remote: ${template.remoteFriendliness} · time to job-ready from zero: ${template.timeToHire} (${JOB_READY_HINT})`
            : "Set a target level for every domain the role needs."
        }
      />
      {template?.retiredTargets.length ? (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          This template also targets {template.retiredTargets.map((t) => `${t.name} (level ${t.level})`).join(", ")},
          which matrix version {data.version.number} no longer has: left out of the role.
        </p>
      ) : null}
      <RoleForm
        userId={user.id}
        timeZone={await viewerTimeZone()}
        data={data}
        initial={initial}
        canChooseOwner={canChooseRoleOwner(user)}
      />
    </>
  );
}

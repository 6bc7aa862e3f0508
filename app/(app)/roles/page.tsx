import { listsEveryRole } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireCapability } from "@/lib/auth/session";
import { managerRoles } from "@/lib/data/manager-roles";
import { formatCount, formatMoney } from "@/lib/utils";
import { pagingParams } from "@/lib/validation/list-params";
import { buttonVariants } from "@/components/ui/button-variants";

export const metadata: Metadata = { title: "Roles" };

const STATUS_VARIANT = { OPEN: "success", DRAFT: "muted", CLOSED: "warning" } as const;

export default async function RolesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("listRoles");
  const roles = await managerRoles(user, pagingParams(await searchParams));
  const everyRole = listsEveryRole(user);
  return (
    <>
      <PageHeader
        title={everyRole ? "All roles" : "My roles"}
        description={
          everyRole
            ? "Every opening in the organisation, with its owner and target level per competency domain."
            : "Openings you own, with their target level per competency domain."
        }
        actions={
          <Link href="/roles/new" className={buttonVariants()}>
            New role
          </Link>
        }
      />
      {roles.total === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
          {everyRole ? "No roles yet." : "You don\u2019t own any roles yet."}
        </p>
      ) : (
        <>
          <ul className="grid gap-4 md:grid-cols-2">
            {roles.rows.map((role) => (
              <li key={role.id}>
                <Card className="h-full">
                  <CardHeader>
                    <div className="flex items-start justify-between gap-3">
                      <CardTitle>
                        <Link href={`/roles/${role.id}`} className="text-primary underline-offset-4 hover:underline">
                          {role.title}
                        </Link>
                      </CardTitle>
                      <Badge variant={STATUS_VARIANT[role.status]}>{role.status.toLowerCase()}</Badge>
                    </div>
                    <CardDescription>
                      {role.cluster.name} · {role.seniority} ·{" "}
                      {formatMoney(role.salaryMin, role.salaryMax, role.currency)}
                    </CardDescription>
                  </CardHeader>
                  <CardContent className="grid gap-3">
                    <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                      {role.targets.map((t) => (
                        <div key={t.domainId} className="rounded-md bg-muted px-2 py-1.5">
                          <dt className="truncate text-xs text-muted-foreground">{t.label}</dt>
                          <dd>
                            <LevelBadge level={t.level} zeroLabel="—" />
                          </dd>
                        </div>
                      ))}
                    </dl>
                    <p className="text-sm text-muted-foreground">
                      {formatCount(role._count.applications)} candidates · {role._count.stages}{" "}
                      {role._count.stages === 1 ? "interview stage" : "interview stages"} · owner {role.owner.name}
                    </p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
          {roles.next || roles.prev ? <Pager label="Role pages" params={{}} page={roles} className="mt-4" /> : null}
        </>
      )}
    </>
  );
}

import { canChooseRoleOwner } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { RoleForm } from "@/components/roles/role-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { roleBuilderData } from "@/lib/data/role-builder";
import { roleDetail } from "@/lib/data/roles";
import { leftOffTeamNotice, roleToInput, type OfferedTeam } from "@/lib/roles/role-input";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("planInterviews");
  const detail = await roleDetail(user, (await params).id);
  if (!detail) notFound();
  if (!detail.canEdit) forbidden();
  const { role } = detail;
  // The role's own matrix version: moving to a newer one is a separate, deliberate step.
  const data = await roleBuilderData(role.matrixVersionId);
  if (!data) notFound();
  const team: OfferedTeam = {
    recruiterIds: new Set(data.recruiters.map((p) => p.id)),
    interviewerIds: new Set(data.interviewers.map((p) => p.id)),
  };
  return (
    <>
      <PageHeader
        title={`Edit ${role.title}`}
        description={`Targets use matrix version ${data.version.number ?? "draft"}, the version this role is on.`}
      />
      <RoleForm
        userId={user.id}
        timeZone={await viewerTimeZone()}
        data={data}
        roleId={role.id}
        version={role.version}
        canChooseOwner={canChooseRoleOwner(user)}
        planStages={
          role.planPublishedAt
            ? role.stages.map((s) => ({
                id: s.id,
                name: s.name,
                domainIds: s.domains.map((d) => d.domainId),
                interviewerIds: s.interviewers.map((i) => i.userId),
              }))
            : null
        }
        initial={roleToInput(
          role,
          data.domains.map((d) => d.domainId),
          team,
        )}
        teamNotice={leftOffTeamNotice(role.members, team)}
      />
    </>
  );
}

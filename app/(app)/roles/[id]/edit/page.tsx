import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { RoleForm } from "@/components/roles/role-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { roleBuilderData } from "@/lib/data/role-builder";
import { roleDetail } from "@/lib/data/roles";

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
  const target = (domainId: string) => role.targets.find((t) => t.domainId === domainId);
  return (
    <>
      <PageHeader title={`Edit ${role.title}`} description={`Targets use matrix version ${data.version.number ?? "draft"}, the version this role is on.`} />
      <RoleForm
        data={data}
        roleId={role.id}
        version={role.version}
        canChooseOwner={user.kind === "ADMIN"}
        planCovers={role.planPublishedAt ? [...new Set(role.stages.flatMap((s) => s.domains.map((d) => d.domainId)))] : null}
        initial={{
          title: role.title,
          seniority: role.seniority,
          clusterId: role.clusterId,
          templateId: role.templateId ?? "",
          status: role.status,
          salaryMin: role.salaryMin,
          salaryMax: role.salaryMax,
          location: role.location ?? "",
          ownerId: role.ownerId,
          recruiterId: role.members.find((m) => m.function === "RECRUITER")?.userId ?? "",
          interviewerIds: role.members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId),
          targets: data.domains.map((d) => ({ domainId: d.domainId, level: target(d.domainId)?.level ?? 0, weight: target(d.domainId)?.weight ?? 1 })),
        }}
      />
    </>
  );
}

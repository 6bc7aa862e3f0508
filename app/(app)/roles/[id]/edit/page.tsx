import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { RoleForm } from "@/components/roles/role-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireKind } from "@/lib/auth/session";
import { roleBuilderData } from "@/lib/data/role-builder";
import { roleDetail } from "@/lib/data/roles";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireKind("MANAGER", "ADMIN");
  const [detail, data] = await Promise.all([roleDetail(user, (await params).id), roleBuilderData()]);
  if (!detail || !data) notFound();
  if (!detail.canEdit) forbidden();
  const { role } = detail;
  return (
    <>
      <PageHeader title={`Edit ${role.title}`} />
      <RoleForm
        data={data}
        roleId={role.id}
        version={role.version}
        initial={{
          title: role.title,
          seniority: role.seniority,
          clusterId: role.clusterId,
          templateId: role.templateId ?? "",
          status: role.status,
          salaryMin: role.salaryMin,
          salaryMax: role.salaryMax,
          location: role.location ?? "",
          recruiterId: role.members.find((m) => m.function === "RECRUITER")?.userId ?? "",
          interviewerIds: role.members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId),
          targets: data.domains.map((d) => ({ domainId: d.domainId, level: role.targets.find((t) => t.domainId === d.domainId)?.level ?? 0, weight: role.targets.find((t) => t.domainId === d.domainId)?.weight ?? 1 })),
        }}
      />
    </>
  );
}

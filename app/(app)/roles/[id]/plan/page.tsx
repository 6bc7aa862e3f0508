import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { PlanForm } from "@/components/roles/plan-form";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { planBuilderData } from "@/lib/data/plan-builder";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Interview plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("planInterviews");
  const tz = await viewerTimeZone();
  const data = await planBuilderData(user, (await params).id);
  if (!data) notFound();
  if (!data.canEdit) forbidden();
  return (
    <>
      <Breadcrumbs items={[{ href: `/roles/${data.role.id}`, label: data.role.title }, { label: "Interview plan" }]} />
      <PageHeader
        title="Interview plan"
        description="Stages in order, the domains each assesses, its interviewers and questions. Every targeted domain must be covered before publishing."
      />
      <PlanForm data={data} timeZone={tz} />
    </>
  );
}

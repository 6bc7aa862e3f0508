import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PlanForm } from "@/components/roles/plan-form";
import { viewerTimeZone } from "@/lib/viewer-time-zone";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { planBuilderData } from "@/lib/data/plan-builder";

export const metadata: Metadata = { title: "Interview plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("planInterviews");
  const tz = await viewerTimeZone();
  const data = await planBuilderData(user, (await params).id);
  if (!data) notFound();
  if (!data.canEdit) forbidden();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/roles/${data.role.id}`} className="text-primary underline-offset-4 hover:underline">
          ← {data.role.title}
        </Link>
      </nav>
      <PageHeader
        title="Interview plan"
        description="Stages in order, the domains each assesses, its interviewers and questions. Every targeted domain must be covered before publishing."
      />
      <PlanForm data={data} timeZone={tz} />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JdAnalyser } from "@/components/job-descriptions/jd-analyser";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { jobDescriptionData } from "@/lib/job-descriptions/service";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Check a job description" };

export default async function AnalysePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("writeJobDescriptions");
  const data = await jobDescriptionData(user, (await params).id);
  if (!data) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/roles/${data.role.id}`, label: data.role.title },
          { href: `/roles/${data.role.id}/job-description`, label: "Job description" },
          { label: "Check a job description" },
        ]}
      />
      <PageHeader
        title="Check a job description"
        description={`Each requirement mapped to a domain and level and compared with ${data.role.title}'s targets: inflation, deflation, vague lines, missing domains. Deterministic; nothing leaves this server.`}
      />
      <JdAnalyser userId={user.id} roleId={data.role.id} initialText={data.saved?.content ?? data.generated} />
    </>
  );
}

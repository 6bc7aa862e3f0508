import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JdAnalyser } from "@/components/job-descriptions/jd-analyser";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { jobDescriptionData } from "@/lib/job-descriptions/service";

export const metadata: Metadata = { title: "Check a job description" };

export default async function AnalysePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("writeJobDescriptions");
  const data = await jobDescriptionData(user, (await params).id);
  if (!data) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/roles/${data.role.id}/job-description`} className="text-primary underline-offset-4 hover:underline">
          ← Job description for {data.role.title}
        </Link>
      </nav>
      <PageHeader
        title="Check a job description"
        description={`Each requirement mapped to a domain and level and compared with ${data.role.title}'s targets: inflation, deflation, vague lines, missing domains. Deterministic; nothing leaves this server.`}
      />
      <JdAnalyser roleId={data.role.id} initialText={data.saved?.content ?? data.generated} />
    </>
  );
}

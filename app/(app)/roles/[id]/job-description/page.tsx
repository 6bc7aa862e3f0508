import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { JdEditor } from "@/components/job-descriptions/jd-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { jdChanges } from "@/lib/job-descriptions/diff";
import { jobDescriptionData } from "@/lib/job-descriptions/service";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button-variants";
import { downloadSlug } from "@/lib/exports/download-slug";

export const metadata: Metadata = { title: "Job description" };

export default async function JobDescriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("writeJobDescriptions");
  const data = await jobDescriptionData(user, (await params).id);
  if (!data) notFound();
  const changes = data.saved ? jdChanges(data.saved, { targets: data.targets, generated: data.generated }) : null;
  return (
    <>
      <Breadcrumbs items={[{ href: `/roles/${data.role.id}`, label: data.role.title }, { label: "Job description" }]} />
      <PageHeader
        title="Job description"
        description={`Generated from ${data.role.title}'s target levels. Edit, save, copy or export.`}
        actions={
          <Link
            href={`/roles/${data.role.id}/job-description/analyse`}
            className={buttonVariants({ variant: "outline" })}
          >
            Check a job description
          </Link>
        }
      />
      <JdEditor
        userId={user.id}
        roleId={data.role.id}
        title={data.role.title}
        slug={downloadSlug(data.role.title, "job-description")}
        generated={data.generated}
        generatedFrom={data.generatedFrom}
        saved={data.saved?.content ?? null}
        savedAt={data.saved?.updatedAt ?? null}
        canEdit={data.canEdit}
        changes={changes}
      />
    </>
  );
}

import type { Metadata } from "next";
import { CsvImport } from "@/components/candidates/csv-import";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Import candidates" };

export default async function ImportPage() {
  await requireCapability("manageCandidates");
  return (
    <>
      <Breadcrumbs items={[{ href: "/pipeline", label: "Roles & candidates" }, { label: "Import candidates" }]} />
      <PageHeader
        title="Import candidates"
        description="Every row is checked first; duplicates by email are merged or skipped; nothing is imported until you confirm."
      />
      <CsvImport />
    </>
  );
}

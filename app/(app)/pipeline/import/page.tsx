import type { Metadata } from "next";
import Link from "next/link";
import { CsvImport } from "@/components/candidates/csv-import";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import candidates" };

export default async function ImportPage() {
  await requireCapability("manageCandidates");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/pipeline" className="text-primary underline-offset-4 hover:underline">
          ← Roles & candidates
        </Link>
      </nav>
      <PageHeader
        title="Import candidates"
        description="Every row is checked first; duplicates by email are merged or skipped; nothing is imported until you confirm."
      />
      <CsvImport />
    </>
  );
}

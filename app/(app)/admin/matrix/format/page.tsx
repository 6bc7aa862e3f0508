import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCapability } from "@/lib/auth/session";
import { matrixFormatHtml } from "@/lib/matrix/format-doc";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "Matrix file format" };

const prose =
  "grid gap-3 text-sm leading-relaxed [&_a]:text-primary [&_a]:underline [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-muted [&_pre]:p-3 [&_td]:border [&_td]:border-border [&_td]:p-1.5 [&_td]:align-top [&_th]:border [&_th]:border-border [&_th]:p-1.5 [&_th]:text-left [&_ul]:list-disc";

export default async function MatrixFormatPage() {
  await requireCapability("editMatrix");
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", label: "People & matrix" },
          { href: "/admin/matrix", label: "Matrix versions" },
          { label: "Matrix file format" },
        ]}
      />
      <PageHeader
        title="Matrix file format"
        description="What a matrix JSON file holds, and what importing one does."
      />
      <ScrollRegion label="Matrix file format" className="rounded-lg border border-border bg-card p-4">
        <article className={prose} dangerouslySetInnerHTML={{ __html: matrixFormatHtml() }} />
      </ScrollRegion>
    </>
  );
}

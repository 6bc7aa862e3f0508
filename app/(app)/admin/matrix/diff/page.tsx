import type { Metadata } from "next";
import { DiffView, namesOf } from "@/components/matrix-editor/diff-view";
import { StatusNote } from "@/components/ui/status-note";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { compareVersions, versionChoices } from "@/lib/matrix/queries";
import { chooseDiffVersions } from "@/lib/matrix/diff-choice";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Select } from "@/components/ui/select";
import { matrixDiffQuerySchema } from "@/lib/validation/page-queries";
import { QueryForm } from "@/components/ui/query-form";

export const metadata: Metadata = { title: "Compare matrix versions" };

type Search = Record<string, string | string[] | undefined>;

export default async function MatrixDiffPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireCapability("editMatrix");
  const [params, versions] = await Promise.all([
    searchParams.then((sp) => matrixDiffQuerySchema.parse(sp)),
    versionChoices(),
  ]);
  const { from, to, unknown } = chooseDiffVersions(versions, params);
  const result = from && to ? await compareVersions(from.id, to.id) : null;
  const select = (name: "from" | "to", label: string, value?: string) => (
    <label className="grid gap-1 text-sm font-medium" htmlFor={`diff-${name}`}>
      {label}
      <Select id={`diff-${name}`} name={name} defaultValue={value}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/admin", label: "People & matrix" },
          { href: "/admin/matrix", label: "Matrix versions" },
          { label: "Compare versions" },
        ]}
      />
      <PageHeader
        title="Compare matrix versions"
        description="What a role, or an interviewer reading its kit, would see change between two versions."
      />
      <QueryForm className="mb-6 flex flex-wrap items-end gap-3" aria-label="Choose versions">
        {select("from", "From", from?.id)}
        {select("to", "To", to?.id)}
        <Button type="submit" variant="outline">
          Compare
        </Button>
      </QueryForm>
      {unknown.length ? <StatusNote>{unknown.join(" ")}</StatusNote> : null}
      {!result || !from || !to ? (
        <p className="text-sm text-muted-foreground">Pick two versions to compare.</p>
      ) : (
        <section aria-labelledby="diff-h" className="grid gap-4">
          <h2 id="diff-h" className="text-lg font-semibold">
            {from.label} → {to.label}
          </h2>
          {from.id === to.id ? <p className="text-sm text-muted-foreground">That is the same version twice.</p> : null}
          <DiffView
            diff={result.diff}
            names={namesOf(result.from, result.to)}
            // Versions are listed newest first (the draft before all): "to" further down is older.
            backward={versions.indexOf(to) > versions.indexOf(from)}
          />
        </section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FairHiringStageTable } from "@/components/fair-hiring/stage-table";
import { buttonVariants } from "@/components/ui/button-variants";
import { LABEL_CLASS } from "@/components/ui/field-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ReadingGuide } from "@/components/ui/reading-guide";
import { requireCapability } from "@/lib/auth/session";
import { fairHiringChoices, fairHiringReport } from "@/lib/fair-hiring/report";
import { FOUR_FIFTHS, SIGNIFICANCE } from "@/lib/fair-hiring/stats";
import { Select } from "@/components/ui/select";
import { fairHiringQuerySchema } from "@/lib/validation/page-queries";
import { QueryForm } from "@/components/ui/query-form";

export const metadata: Metadata = { title: "Fair hiring" };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Admins only; every view is audited (lib/fair-hiring/report.ts). */
export default async function FairHiringPage({ searchParams }: { searchParams: Search }) {
  const user = await requireCapability("viewFairHiringReport");
  const sp = fairHiringQuerySchema.parse(await searchParams);
  const choices = await fairHiringChoices();
  const roleId = sp.role ?? choices.roles[0]?.id;
  const category = sp.category ?? choices.categories[0]?.key;
  const res = roleId && category ? await fairHiringReport(user, { roleId, category }, "page") : null;
  // A role or category in the address that does not exist: the not-found page, as elsewhere.
  if (res && !res.ok && res.kind === "not_found" && (sp.role || sp.category)) notFound();
  const report = res?.ok ? res.report : null;
  return (
    <>
      <PageHeader
        title="Fair hiring"
        description="Pass-through per interview stage for the groups candidates chose to self-identify with. Aggregates only: nobody sees an individual's answers, and every view of this page is in the audit log."
      />
      <QueryForm className="mb-6 flex flex-wrap items-end gap-3" aria-label="Choose the report">
        <div className="grid min-w-0 gap-1.5">
          <label htmlFor="fh-role" className={LABEL_CLASS}>
            Role
          </label>
          <Select id="fh-role" name="role" defaultValue={roleId} className="w-full sm:w-80">
            {choices.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title} ({r.applicants.toLocaleString("en")} applicants)
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-1.5">
          <label htmlFor="fh-category" className={LABEL_CLASS}>
            Self-identification
          </label>
          <Select id="fh-category" name="category" defaultValue={category} className="w-full sm:w-52">
            {choices.categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonVariants({ variant: "outline" })}>
          Show
        </button>
      </QueryForm>
      {!report ? (
        <p role="status" className="text-sm text-muted-foreground">
          {res ? "That role or category was not found." : "No role has applicants yet."}
        </p>
      ) : (
        <>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted-foreground">
              {report.role.title}: {report.applicants.toLocaleString("en")} applicants,{" "}
              {report.disclosed.toLocaleString("en")} of them gave their {report.category.label.toLowerCase()}. Groups
              under {report.minGroup} people at a stage are not shown.
            </p>
            <form method="post" action="/api/fair-hiring/export">
              <input type="hidden" name="roleId" value={report.role.id} />
              <input type="hidden" name="category" value={report.category.key} />
              <button type="submit" className={buttonVariants({ variant: "outline", size: "sm" })}>
                Download CSV
              </button>
            </form>
          </div>
          <div className="grid grid-cols-1 gap-6">
            {report.stages.map((s) => (
              <FairHiringStageTable key={s.stageId ?? "overall"} stage={s} />
            ))}
          </div>
        </>
      )}
      <ReadingGuide description="What each figure means, and what it cannot tell you.">
        <p>
          <strong className="text-foreground">Pass rate</strong>: of the people of a group with an outcome at the stage,
          the share who moved on. People still at the stage, and those who withdrew, are not counted there.
        </p>
        <p>
          <strong className="text-foreground">Impact ratio</strong>: the group&apos;s pass rate divided by the highest
          group&apos;s. Under {FOUR_FIFTHS} (the four-fifths rule of the US Uniform Guidelines) is a signal of adverse
          impact worth looking into, not a finding.
        </p>
        <p>
          <strong className="text-foreground">Fisher p</strong>: the chance of a difference at least this large between
          the group and the highest group if the stage treated them alike (Fisher&apos;s exact test, two-sided). Under{" "}
          {SIGNIFICANCE} it is unlikely to be chance; many groups and stages are compared, so expect about one in twenty
          to fall under it by chance alone. With small groups a real difference may not reach it.
        </p>
        <p>
          <strong className="text-foreground">Not disclosed</strong>: people who preferred not to say or did not answer.
          They are shown, never compared.
        </p>
        <p>
          <strong className="text-foreground">Withheld</strong>: groups below the minimum size at a stage. When only one
          would be, or the withheld together have nobody moved on or nobody turned down, the next smallest is withheld
          too, so no group&apos;s figures can be worked out from the stage total. A group withheld at a stage stays
          withheld at every later one and in the hires: who moved on from a stage is who has an outcome at the next, so
          its later figures would give the withheld ones away.
        </p>
      </ReadingGuide>
    </>
  );
}

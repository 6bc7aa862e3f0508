import type { Metadata } from "next";
import { InterviewerCard } from "@/components/quality/interviewer-card";
import { QualityTabs } from "@/components/quality/quality-tabs";
import { SortForm } from "@/components/quality/sort-form";
import { SortHeader } from "@/components/quality/sort-header";
import { PageHeader } from "@/components/ui/page-header";
import { ReadingGuide } from "@/components/ui/reading-guide";
import { Pager } from "@/components/ui/pager";
import { requireCapability } from "@/lib/auth/session";
import { INTERVIEWER_SORTS, interviewerQualityPage, type InterviewerSort } from "@/lib/quality/validity-lists";
import { MIN_OBSERVATIONS } from "@/lib/quality/validity-stats";

export const metadata: Metadata = { title: "Hiring quality: interviewers" };

/** The column headers, in the order of an InterviewerCard's row header and cells, and the sort each chooses. */
const INTERVIEWER_HEADERS: [string, InterviewerSort][] = [
  ["Interviewer", "name"],
  ["Against the job", "rho"],
  ["Against the panel (distance)", "offset"],
  ["Spread", "spread"],
  ["Agreement where they co-rated", "alpha"],
];

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function QualityInterviewersPage({ searchParams }: { searchParams: Search }) {
  const user = await requireCapability("readHiringQuality");
  const report = (await interviewerQualityPage(user, await searchParams))!;
  const { page, sort, dir } = report;
  return (
    <>
      <PageHeader
        title="Hiring quality"
        description="Per interviewer: does what they say about a candidate hold up on the job, and how do they sit with the rest of the panel? Every figure comes with its n and a 95% interval; a small sample is never a verdict."
      />
      <QualityTabs current="interviewers" />
      <SortForm
        key={sort}
        id="interviewer-sort"
        sorts={Object.entries(INTERVIEWER_SORTS).map(([value, s]) => ({ value, label: s.label }))}
        sort={sort}
      />
      {page.rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No interviewer has a submitted rating on a candidate whose feedback you may see yet.
        </p>
      ) : (
        <div role="table" aria-label="Interviewers" aria-describedby="interviewer-sort-note" className="grid gap-4">
          <div role="rowgroup">
            <div
              role="row"
              className="flex flex-wrap gap-x-5 gap-y-1 rounded-md border border-border bg-card px-4 py-2"
            >
              {INTERVIEWER_HEADERS.map(([label, column]) => (
                <SortHeader
                  key={label}
                  label={label}
                  column={column}
                  sort={sort}
                  dir={dir}
                  defaultDir={INTERVIEWER_SORTS[column].dir}
                />
              ))}
            </div>
            <p id="interviewer-sort-note" className="mt-1 text-xs text-muted-foreground">
              Sorted by {INTERVIEWER_SORTS[sort].label.toLowerCase()}, {dir === "asc" ? "lowest" : "highest"} first; a
              figure too few to say sorts last either way.
            </p>
          </div>
          <div role="rowgroup" className="grid gap-4">
            {page.rows.map((q) => (
              <InterviewerCard key={q.id} q={q} />
            ))}
          </div>
        </div>
      )}
      <Pager label="Interviewer pages" params={{ sort, dir }} page={page} className="mt-4" />
      <ReadingGuide>
        <p>
          <strong className="text-foreground">Against the job</strong>: Spearman&apos;s ρ between this
          interviewer&apos;s rating of a domain and the hire&apos;s latest on-the-job rating of it (+1 = ranked the
          hires as the job did, 0 = no relationship). n counts hires, not ratings: one hire&apos;s domains are not
          independent. Below {MIN_OBSERVATIONS} hires it says &ldquo;too few to say&rdquo;.
        </p>
        <p>
          <strong className="text-foreground">Against the panel</strong>: how far their rating sits, on average, from
          the other interviewers&apos; (their median) where two or more interviewers rated the same candidate and
          domain; + means they rate higher. One rating per candidate and domain: where they interviewed a candidate at
          two stages, their later one (calibration counts both, so its &ldquo;comparable ratings&rdquo; can be higher).
          The spread is how much that distance varies from one candidate to the next. Being off the panel is not being
          wrong: the panel can be wrong too, which is what &ldquo;against the job&rdquo; checks.
        </p>
        <p>
          <strong className="text-foreground">Agreement</strong>: Krippendorff&apos;s alpha (ordinal) of everyone who
          rated the candidates and domains this interviewer co-rated: 1 = full agreement, 0 = chance, 0.8 or more
          reliable, below 0.667 not to rely on. It describes those panels, this interviewer included, not them alone.
        </p>
        <p>
          Counted: candidates whose interview feedback you may see, and for the job, hires whose check-ins you may read.
          Only hires have job ratings, so &ldquo;against the job&rdquo; understates how well an interviewer separates
          all candidates.
        </p>
      </ReadingGuide>
    </>
  );
}

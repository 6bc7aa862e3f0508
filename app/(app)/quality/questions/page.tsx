import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { QualityTabs } from "@/components/quality/quality-tabs";
import { QUESTION_COLUMNS, QuestionRow } from "@/components/quality/question-row";
import { SortHeader } from "@/components/quality/sort-header";
import { SortForm } from "@/components/quality/sort-form";
import { Card, CardContent } from "@/components/ui/card";
import { LABEL_CLASS } from "@/components/ui/field-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ReadingGuide } from "@/components/ui/reading-guide";
import { Pager } from "@/components/ui/pager";
import { requireCapability } from "@/lib/auth/session";
import { QUESTION_SORTS, questionQualityPage, type QuestionSort } from "@/lib/quality/validity-lists";
import { MIN_OBSERVATIONS, MIN_PER_GROUP } from "@/lib/quality/validity-stats";
import { Select } from "@/components/ui/select";

export const metadata: Metadata = { title: "Hiring quality: questions" };

/** The column headers and the sort each chooses. */
const QUESTION_HEADERS: [string, QuestionSort][] = [
  ["Question", "domain"],
  ["Uses and ratings", "uses"],
  ["Spread", "spread"],
  ["Pass rate", "passRate"],
  ["Separates later strong from weak hires", "auc"],
];

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function QualityQuestionsPage({ searchParams }: { searchParams: Search }) {
  const user = await requireCapability("readHiringQuality");
  const { page, sort, dir, show, flagged } = (await questionQualityPage(user, await searchParams))!;
  const flaggedText = `${flagged} retirement ${flagged === 1 ? "candidate" : "candidates"}`;
  return (
    <>
      <PageHeader
        title="Hiring quality"
        description="Per question of the bank: how often it was in an interview's kit, the ratings it produced, and whether those ratings told later-strong hires from later-weak ones."
      />
      <QualityTabs current="questions" />
      {/* Keyed by the query: after a soft navigation (the links below, the pager) the selects would keep their old choices. */}
      <SortForm
        key={`${sort}/${show}`}
        id="question-sort"
        sorts={Object.entries(QUESTION_SORTS).map(([value, s]) => ({ value, label: s.label }))}
        sort={sort}
      >
        <div className="grid gap-1.5">
          <label htmlFor="question-show" className={LABEL_CLASS}>
            Show
          </label>
          <Select id="question-show" name="show" defaultValue={show} className="w-full sm:w-64">
            <option value="all">All questions</option>
            <option value="flagged">Retirement candidates only ({flagged})</option>
          </Select>
        </div>
      </SortForm>
      <p className="mb-4 text-sm">
        {show === "flagged" ? (
          <>
            {flagged
              ? `Showing the ${flaggedText}: everybody or nobody passed them over ${MIN_OBSERVATIONS} or more uses.`
              : `No retirement candidates: no question has been passed by everybody or by nobody over ${MIN_OBSERVATIONS} or more uses.`}{" "}
            <Link href={`?sort=${sort}&dir=${dir}`} className="text-primary underline underline-offset-4">
              Show all questions
            </Link>
          </>
        ) : flagged ? (
          <Link href={`?sort=${sort}&dir=${dir}&show=flagged`} className="text-primary underline underline-offset-4">
            Only the {flaggedText}
          </Link>
        ) : (
          <span className="text-muted-foreground">
            No retirement candidates: no question has been passed by everybody or by nobody over {MIN_OBSERVATIONS} or
            more uses.
          </span>
        )}
      </p>
      <Card>
        <CardContent className="pt-2">
          <div role="table" aria-label="Questions" aria-describedby="question-sort-note">
            <div role="rowgroup">
              <div
                role="row"
                className={`flex flex-wrap gap-x-4 gap-y-1 border-b border-border py-2 md:grid md:gap-3 ${QUESTION_COLUMNS}`}
              >
                {QUESTION_HEADERS.map(([label, column]) => (
                  <SortHeader
                    key={column}
                    label={label}
                    column={column}
                    sort={sort}
                    dir={dir}
                    defaultDir={QUESTION_SORTS[column].dir}
                    params={show === "flagged" ? { show } : {}}
                  />
                ))}
              </div>
            </div>
            {page.rows.length === 0 ? (
              <p className="py-4 text-sm text-muted-foreground">No questions to show.</p>
            ) : (
              <div role="rowgroup" className="divide-y divide-border">
                {page.rows.map((q) => (
                  <QuestionRow key={q.id} q={q} />
                ))}
              </div>
            )}
          </div>
          <p id="question-sort-note" className="mt-2 text-xs text-muted-foreground">
            Sorted by {QUESTION_SORTS[sort].label.toLowerCase()}, {dir === "asc" ? "lowest" : "highest"} first; a figure
            too few to say sorts last either way.
          </p>
          <Pager label="Question pages" params={{ sort, dir, show }} page={page} className="mt-2" />
        </CardContent>
      </Card>
      <ReadingGuide>
        <p>
          A scorecard rates domains, not questions: a question&apos;s ratings are its domain&apos;s ratings in
          interviews whose kit listed it. &ldquo;Used&rdquo; means it was in the kit, not that it was certainly asked. A
          rating passes when it reaches the question&apos;s level.
        </p>
        <p>
          <strong className="text-foreground">Separation (AUC)</strong>: the chance that a hire later rated at or above
          the role&apos;s target on the job had a higher interview rating on this question than one rated below it. 0.5
          is a coin toss, 1 perfect. Below {MIN_PER_GROUP} later-strong or {MIN_PER_GROUP} later-weak hires it says
          &ldquo;too few to say&rdquo;.
        </p>
        <p>
          <strong className="text-foreground">Retirement candidates</strong>: over {MIN_OBSERVATIONS} or more uses,
          everybody passed or nobody did, so the question does not tell candidates apart. A flag is a prompt to look at
          the question, not a rule to drop it.
        </p>
      </ReadingGuide>
    </>
  );
}

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { QuestionForm } from "@/components/questions/question-form";
import { QuestionCard } from "@/components/questions/question-card";
import { RetireNotices } from "@/components/questions/retire-notices";
import { buttonVariants } from "@/components/ui/button-variants";
import { Input } from "@/components/ui/input";
import { Pager } from "@/components/ui/pager";
import { QueryForm } from "@/components/ui/query-form";
import { PageHeader } from "@/components/ui/page-header";
import { canEditQuestion } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { questionBankDomains } from "@/lib/data/matrix";
import { listQuestions } from "@/lib/questions/service";
import { questionFilterSchema } from "@/lib/validation/question";

export const metadata: Metadata = { title: "Question bank" };

export default async function QuestionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireCapability("authorQuestions");
  // Malformed filters (a NUL byte, level=Infinity) read as "no filter", never a server error.
  const sp = questionFilterSchema.parse(await searchParams);
  // Questions of a domain a newer matrix version retired still serve older roles' plans: named and filterable.
  const { current: domains, filterable: named } = await questionBankDomains();
  const questions = await listQuestions({
    domainId: sp.domain,
    level: sp.level ? Number(sp.level) : undefined,
    includeRetired: sp.retired === "1",
    q: sp.q,
    after: sp.after,
    before: sp.before,
  });
  // Filters keep each other and the search, and start again from the first page.
  const filters = { domain: sp.domain, level: sp.level, retired: sp.retired, q: sp.q };
  const link = (patch: Record<string, string | undefined>) =>
    `/questions?${new URLSearchParams(Object.entries({ ...filters, ...patch }).filter(([, v]) => v) as [string, string][]).toString()}`;
  return (
    <>
      <PageHeader
        title="Question bank"
        description="Questions by domain and level, each with what a Level 1, 2 and 3 answer sounds like. Edit or retire the ones you wrote."
        actions={
          // On a phone the form comes after the list.
          <a href="#new-q" className="text-sm text-primary underline underline-offset-4 lg:hidden">
            Write a new question
          </a>
        }
      />
      <QueryForm role="search" aria-label="Search questions" className="mb-3 flex flex-wrap items-end gap-2 text-sm">
        {Object.entries({ domain: sp.domain, level: sp.level, retired: sp.retired }).map(([k, v]) =>
          v ? <input key={k} type="hidden" name={k} value={v} /> : null,
        )}
        <label className="grid min-w-0 flex-1 gap-1 sm:max-w-sm" htmlFor="question-search">
          Search the questions and model answers
          <Input id="question-search" name="q" type="search" defaultValue={sp.q ?? ""} />
        </label>
        <button className={buttonVariants({ variant: "outline" })}>Search</button>
        {sp.q ? (
          <Link href={link({ q: undefined })} className="py-2 text-primary underline underline-offset-4">
            Clear search
          </Link>
        ) : null}
      </QueryForm>
      <nav aria-label="Filter questions" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={link({ domain: undefined })}
          aria-current={!sp.domain ? "page" : undefined}
          className="rounded-full border border-border px-3 py-1 aria-[current=page]:bg-primary aria-[current=page]:text-white"
        >
          All domains
        </Link>
        {named.map((d) => (
          <Link
            key={d.domainId}
            href={link({ domain: d.domainId })}
            aria-current={sp.domain === d.domainId ? "page" : undefined}
            className="rounded-full border border-border px-3 py-1 aria-[current=page]:bg-primary aria-[current=page]:text-white"
          >
            {d.name}
          </Link>
        ))}
        {[1, 2, 3].map((l) => (
          <Link
            key={l}
            href={link({ level: sp.level === String(l) ? undefined : String(l) })}
            aria-current={sp.level === String(l) ? "page" : undefined}
            className="rounded-full border border-border px-3 py-1 aria-[current=page]:bg-primary aria-[current=page]:text-white"
          >
            L{l}
          </Link>
        ))}
        <Link
          href={link({ retired: sp.retired === "1" ? undefined : "1" })}
          className="rounded-full border border-border px-3 py-1"
        >
          {sp.retired === "1" ? "Hide retired" : "Show retired"}
        </Link>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0">
          <RetireNotices>
            <Pager label="Question pages (top)" params={filters} page={questions} className="mb-3" />
            <ul className="grid content-start gap-3">
              {questions.rows.map((q) => (
                <QuestionCard
                  key={q.id}
                  q={q}
                  domains={named}
                  editable={canEditQuestion(user, { authorId: q.author?.id ?? null })}
                />
              ))}
              {questions.rows.length === 0 ? (
                <li className="text-sm text-muted-foreground">
                  {sp.q ? `No question mentions “${sp.q}” with these filters.` : "No questions match."}
                </li>
              ) : null}
            </ul>
            {questions.rows.length ? (
              <Pager label="Question pages" params={filters} page={questions} className="mt-3" />
            ) : null}
          </RetireNotices>
        </div>
        <section
          aria-labelledby="new-q"
          className="h-fit scroll-mt-4 rounded-lg border border-border bg-card p-4 lg:sticky lg:top-4"
        >
          <h2 id="new-q" className="mb-3 font-semibold">
            Add a question
          </h2>
          <QuestionForm domains={domains} />
        </section>
      </div>
    </>
  );
}

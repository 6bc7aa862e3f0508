import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { QuestionForm } from "@/components/questions/question-form";
import { QuestionRowActions } from "@/components/questions/question-row-actions";
import { Badge } from "@/components/ui/badge";
import { LevelBadge } from "@/components/ui/level-badge";
import { PageHeader } from "@/components/ui/page-header";
import { canEditQuestion } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { currentDomains } from "@/lib/data/matrix";
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
  const domains = await currentDomains();
  const questions = await listQuestions({
    domainId: sp.domain,
    level: sp.level ? Number(sp.level) : undefined,
    includeRetired: sp.retired === "1",
  });
  const link = (patch: Record<string, string | undefined>) =>
    `/questions?${new URLSearchParams(Object.entries({ domain: sp.domain, level: sp.level, retired: sp.retired, ...patch }).filter(([, v]) => v) as [string, string][]).toString()}`;
  return (
    <>
      <PageHeader
        title="Question bank"
        description="Questions by domain and level, each with what a Level 1, 2 and 3 answer sounds like. Edit or retire the ones you wrote."
      />
      <nav aria-label="Filter questions" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={link({ domain: undefined })}
          aria-current={!sp.domain ? "page" : undefined}
          className="rounded-full border border-border px-3 py-1 aria-[current=page]:bg-primary aria-[current=page]:text-white"
        >
          All domains
        </Link>
        {domains.map((d) => (
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
        <ul className="grid content-start gap-3">
          {questions.map((q) => (
            <li key={q.id} className="rounded-lg border border-border bg-card p-4">
              <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <LevelBadge level={q.level} /> {domains.find((d) => d.domainId === q.domainId)?.name} ·{" "}
                {q.author ? `by ${q.author.name}` : "from the shipped bank"} · used in {q._count.stages} stage(s){" "}
                {q.retiredAt ? <Badge variant="muted">retired</Badge> : null}
              </p>
              <p className="mt-1 font-medium">{q.prompt}</p>
              <dl className="mt-2 grid gap-1 text-sm text-muted-foreground">
                {[q.answerL1, q.answerL2, q.answerL3].map((a, i) => (
                  <div key={i} className="flex gap-2">
                    <dt className="shrink-0 font-semibold">L{i + 1}</dt>
                    <dd>{a}</dd>
                  </div>
                ))}
              </dl>
              {canEditQuestion(user, { authorId: q.author?.id ?? null }) ? (
                <QuestionRowActions
                  id={q.id}
                  retired={!!q.retiredAt}
                  domains={domains}
                  initial={{
                    domainId: q.domainId,
                    level: q.level,
                    prompt: q.prompt,
                    answerL1: q.answerL1,
                    answerL2: q.answerL2,
                    answerL3: q.answerL3,
                    basedOn: q.updatedAt.toISOString(),
                  }}
                />
              ) : null}
            </li>
          ))}
          {questions.length === 0 ? <li className="text-sm text-muted-foreground">No questions match.</li> : null}
        </ul>
        <section aria-labelledby="new-q" className="h-fit rounded-lg border border-border bg-card p-4">
          <h2 id="new-q" className="mb-3 font-semibold">
            Add a question
          </h2>
          <QuestionForm domains={domains} />
        </section>
      </div>
    </>
  );
}

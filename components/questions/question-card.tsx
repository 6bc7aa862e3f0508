// One question of the bank: level, domain, author and use, the prompt and what a Level 1, 2
// and 3 answer sounds like (line breaks kept), and Edit / Retire for those who may.
import { Badge } from "@/components/ui/badge";
import { LevelBadge } from "@/components/ui/level-badge";
import type { listQuestions } from "@/lib/questions/service";
import { QuestionRowActions } from "./question-row-actions";

type Question = Awaited<ReturnType<typeof listQuestions>>["rows"][number];

export function QuestionCard({
  q,
  domains,
  editable,
}: {
  q: Question;
  /** Current domains, then retired ones with their questions (named "… (retired)"). */
  domains: { domainId: string; name: string; retired?: boolean }[];
  editable: boolean;
}) {
  // The editor offers the current domains, and this question's own when it was retired since.
  const own = domains.find((d) => d.domainId === q.domainId);
  const formDomains = domains.filter((d) => !d.retired || d.domainId === q.domainId);
  return (
    <li className="min-w-0 rounded-lg border border-border bg-card p-4 [overflow-wrap:anywhere]">
      <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
        <LevelBadge level={q.level} /> {own?.name ?? "A retired domain"} ·{" "}
        {q.author ? `by ${q.author.name}` : "from the shipped bank"} · used in {q._count.stages}{" "}
        {q._count.stages === 1 ? "stage" : "stages"} {q.retiredAt ? <Badge variant="muted">retired</Badge> : null}
      </p>
      <p dir="auto" className="mt-1 font-medium break-words whitespace-pre-line">
        {q.prompt}
      </p>
      <dl className="mt-2 grid gap-1 text-sm text-muted-foreground">
        {[q.answerL1, q.answerL2, q.answerL3].map((a, i) => (
          <div key={i} className="flex gap-2">
            <dt className="shrink-0 font-semibold">L{i + 1}</dt>
            <dd dir="auto" className="min-w-0 break-words whitespace-pre-line">
              {a}
            </dd>
          </div>
        ))}
      </dl>
      {editable ? (
        <QuestionRowActions
          id={q.id}
          retired={!!q.retiredAt}
          domains={formDomains}
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
  );
}

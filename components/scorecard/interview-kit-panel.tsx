import { LevelBadge } from "@/components/ui/level-badge";
import type { InterviewKit } from "@/lib/data/interview-kit";

type Question = InterviewKit["domains"][number]["questions"][number];

function QuestionList({
  questions,
  showDomain,
}: {
  questions: (Question & { domainName?: string | null })[];
  showDomain?: boolean;
}) {
  return (
    <ol className="grid list-decimal gap-3 pl-5 text-sm">
      {questions.map((q) => (
        <li key={q.id}>
          <p>
            {q.prompt}
            {showDomain && q.domainName ? (
              <span className="ml-1 text-xs text-muted-foreground">({q.domainName})</span>
            ) : null}
          </p>
          <dl className="mt-1 grid gap-1 text-xs text-muted-foreground">
            {q.answers.map((a, i) => (
              <div key={i} className="flex gap-2">
                <dt className="shrink-0 font-semibold">
                  <abbr title={`A Level ${i + 1} answer`} className="no-underline">
                    L{i + 1}
                  </abbr>
                </dt>
                <dd>{a}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

/**
 * The interviewer's reference beside the scorecard: per focus domain the role's target, the
 * questions to ask and what each level looks like; then questions from other domains.
 * Read-only and server-rendered; the scorecard holds the answers.
 */
export function InterviewKitPanel({ kit }: { kit: InterviewKit }) {
  return (
    <section
      aria-labelledby="kit-h"
      tabIndex={0}
      className="grid gap-4 rounded-lg focus-visible:outline-2 focus-visible:outline-ring lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto lg:pr-1 print:static print:max-h-none print:overflow-visible"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="kit-h" className="text-lg font-semibold">
          Interview kit
        </h2>
        <a href="#scorecard-h" className="no-print text-sm text-primary underline underline-offset-4 lg:hidden">
          Skip to the scorecard
        </a>
      </div>
      {kit.domains.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          This stage scores no domain of the matrix (a conversation such as team fit): the scorecard asks for your
          recommendation, and the note for the hiring team is where your observations go.
        </p>
      ) : null}
      {kit.domains.map((d) => (
        // Named "Kit: <domain>": the scorecard's own section for the domain has the domain's name.
        <section
          key={d.domainId}
          aria-labelledby={`kit-${d.domainId}-pre kit-${d.domainId}-h`}
          className="rounded-lg border border-border bg-muted/40 p-4"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span id={`kit-${d.domainId}-pre`} className="sr-only">
              Kit:
            </span>
            <h3 id={`kit-${d.domainId}-h`} className="font-semibold">
              {d.name}
            </h3>
            <p className="text-sm text-muted-foreground">
              Target <LevelBadge level={d.target} zeroLabel="not required" />
            </p>
          </div>

          <h4 className="mt-3 text-sm font-medium">Questions</h4>
          {d.questions.length > 0 ? (
            <div className="mt-1">
              <QuestionList questions={d.questions} />
            </div>
          ) : (
            <p className="mt-1 text-sm text-muted-foreground">
              No questions assigned for this domain: use the level indicators below.
            </p>
          )}

          <h4 className="mt-3 text-sm font-medium">What each level looks like</h4>
          <div className="mt-1 grid gap-2">
            {d.levels.map((l) => (
              // The role's target level starts open: that is the bar this interview checks.
              <details
                key={l.level}
                open={l.level === Math.max(1, d.target)}
                // On paper every level prints: an interview held without a screen compares them.
                className="print-open rounded-md border border-border bg-card p-2 text-sm"
              >
                <summary className="cursor-pointer font-medium">
                  Level {l.level} · {l.name}
                  {l.level === d.target ? (
                    <span className="ml-1 text-xs font-normal text-muted-foreground">(target)</span>
                  ) : null}
                </summary>
                {l.indicators.length > 0 ? (
                  <ul className="mt-2 grid list-disc gap-1 pl-5">
                    {l.indicators.map((i) => (
                      <li key={i.id}>{i.text}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-2 text-muted-foreground">No indicators in this matrix version.</p>
                )}
              </details>
            ))}
          </div>
        </section>
      ))}
      {kit.otherQuestions.length > 0 ? (
        <section aria-labelledby="kit-other-h" className="rounded-lg border border-border bg-muted/40 p-4">
          <h3 id="kit-other-h" className="font-semibold">
            Other questions
          </h3>
          <p className="mb-2 text-sm text-muted-foreground">
            Assigned to this stage from domains it does not score. Note anything relevant in the scorecard&apos;s
            evidence or private note.
          </p>
          <QuestionList questions={kit.otherQuestions} showDomain />
        </section>
      ) : null}
    </section>
  );
}

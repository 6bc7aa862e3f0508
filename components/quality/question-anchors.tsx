// What each level means for a question (its page, /quality/questions/[id]): the matrix's level
// names and summaries, the question's model answer per level, and the matrix's indicators for the
// question's domain in each role cluster it was rated in, so the rating spread above can be read.
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QuestionLevelAnchors } from "@/lib/quality/question-anchors";

export function QuestionAnchors({
  anchors,
  domain,
  passLevel,
}: {
  anchors: QuestionLevelAnchors;
  domain: string;
  passLevel: number;
}) {
  const { levels, clusters } = anchors;
  return (
    <Card aria-labelledby="level-anchors">
      <CardHeader>
        <CardTitle id="level-anchors" className="text-base">
          What each level means here
        </CardTitle>
        <CardDescription>
          The matrix&apos;s anchors for {domain}, to read the ratings against. Below level 1 means the level 1
          indicators were not seen.
          {clusters.length > 1
            ? " The indicators differ by role cluster: each cluster it was rated in is listed."
            : null}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {levels.length === 0 ? (
          <p className="text-sm text-muted-foreground">The matrix has no proficiency levels yet.</p>
        ) : (
          <ol className="grid gap-5 text-sm" aria-label="Levels">
            {levels.map((l) => (
              <li key={l.level} className="grid gap-2 border-t border-border pt-4 first:border-t-0 first:pt-0">
                <p className="flex flex-wrap items-baseline gap-2">
                  <span className="font-medium">
                    Level {l.level}: {l.name}
                  </span>
                  {l.level === passLevel ? <Badge variant="success">passes from here</Badge> : null}
                </p>
                <p className="text-muted-foreground">{l.summary}</p>
                {l.answer ? (
                  <p>
                    <span className="font-medium">A level {l.level} answer to this question: </span>
                    {l.answer}
                  </p>
                ) : null}
                {clusters.map((c) => {
                  const texts = c.indicators.find((i) => i.level === l.level)?.texts ?? [];
                  if (texts.length === 0) return null;
                  return (
                    <div key={`${c.cluster}:${c.version}`} className="grid gap-1">
                      <p className="font-medium">
                        Indicators for {c.cluster}
                        {c.version !== null && clusters.some((o) => o.version !== c.version)
                          ? ` (matrix v${c.version})`
                          : ""}
                      </p>
                      <ul className="ml-5 list-disc text-muted-foreground">
                        {texts.map((t, i) => (
                          <li key={i}>{t}</li>
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}

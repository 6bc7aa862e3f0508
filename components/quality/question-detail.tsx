import { plural } from "@/lib/utils";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { questionQualityDetail } from "@/lib/quality/questions";
import { FLAG_TEXT, readQuestionSpread } from "@/lib/quality/validity-readings";
import { MIN_OBSERVATIONS, MIN_PER_GROUP } from "@/lib/quality/validity-stats";
import { percent, plain, range } from "./format";
import { QuestionAnchors } from "./question-anchors";
import { AUC_BADGE } from "./question-row";
import { RatingBarList } from "./rating-bars";

type Detail = NonNullable<Awaited<ReturnType<typeof questionQualityDetail>>>;

/** A question's page: its text, ratings per level, pass rate, separation, flag with what to do, and where it was used. */
export function QuestionDetail({ q }: { q: Detail }) {
  const flag = q.flag ? FLAG_TEXT[q.flag] : null;
  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardDescription>The question</CardDescription>
          <CardTitle className="text-lg leading-snug">{q.prompt}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-2 text-sm">
          <Badge variant="default">{q.domain}</Badge>
          <Badge variant="default">Level {q.level}</Badge>
          {q.retiredAt ? <Badge variant="muted">retired</Badge> : null}
          {flag ? <Badge variant="warning">retirement candidate: {flag.label}</Badge> : null}
        </CardContent>
      </Card>

      {flag ? (
        <Card className="border-amber-300 bg-amber-50">
          <CardHeader>
            <CardTitle className="text-base">Candidate for retirement: {flag.label}</CardTitle>
            <CardDescription className="text-amber-950">{flag.what}</CardDescription>
          </CardHeader>
          <CardContent className="text-sm">
            <p>
              <strong>What to do:</strong> {flag.todo}
            </p>
            <p className="mt-1 text-amber-950">
              {q.passes} of {q.uses} ratings passed (95% interval {range(q.passInterval, percent)}): the interval says
              how sure that is.
            </p>
          </CardContent>
        </Card>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Ratings it produced</CardTitle>
            <CardDescription>
              {plural(q.uses, "rating")} of {plural(q.candidates, "candidate")}; a rating of level {q.level} or above
              passes.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            {q.uses ? (
              <RatingBarList counts={q} passLevel={q.level} />
            ) : (
              <p className="text-muted-foreground">Not used yet.</p>
            )}
            <p>
              <span className="font-medium">Pass rate: </span>
              {q.enough && q.passRate !== null
                ? `${percent(q.passRate)} (95% interval ${range(q.passInterval, percent)}, n = ${q.uses})`
                : `too few to say (${q.uses} ${q.uses === 1 ? "use" : "uses"} so far; ${MIN_OBSERVATIONS} needed)`}
            </p>
            <p>
              <span className="font-medium">Spread: </span>
              {q.sd === null ? "" : `sd ${q.sd.toFixed(2)} levels. `}
              {readQuestionSpread(q.sd, q.uses)}
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Does it separate later strong from weak hires?</CardTitle>
            <CardDescription>
              AUC: the chance a hire later rated at or above the role&apos;s target had the higher interview rating on
              it (0.5 = a coin toss, 1 = perfect).
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm">
            <p className="flex flex-wrap items-baseline gap-2">
              <span className="text-2xl font-semibold">{q.auc === null ? "—" : plain(q.auc)}</span>
              <Badge variant={AUC_BADGE[q.aucVerdict].variant}>{AUC_BADGE[q.aucVerdict].label}</Badge>
            </p>
            <p className="text-muted-foreground">
              {q.aucInterval ? `95% interval ${range(q.aucInterval)} · ` : null}n = {q.nStrong} later-strong and{" "}
              {q.nWeak} later-weak hires ({MIN_PER_GROUP} of each needed)
            </p>
            <p>{q.aucReading}</p>
            {q.aucVerdict !== "too-few" && q.meanStrong !== null && q.meanWeak !== null ? (
              <p className="text-muted-foreground">
                Mean interview rating: {q.meanStrong.toFixed(2)} for later-strong hires, {q.meanWeak.toFixed(2)} for
                later-weak ones.
              </p>
            ) : null}
          </CardContent>
        </Card>
      </div>

      <QuestionAnchors anchors={q.anchors} domain={q.domain} passLevel={q.level} />

      <Card>
        <CardHeader>
          <CardTitle className="text-base">Where it was used</CardTitle>
          <CardDescription>Roles whose plan listed it, over the candidates whose feedback you may see.</CardDescription>
        </CardHeader>
        <CardContent>
          {q.roles.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No submitted rating from an interview whose kit listed it yet.
            </p>
          ) : (
            <ul className="grid gap-3 text-sm">
              {q.roles.map((r) => (
                <li key={r.roleId} className="grid gap-0.5">
                  <span className="font-medium">{r.title}</span>
                  <span className="text-muted-foreground">
                    {r.stages} · {r.uses} {r.uses === 1 ? "use" : "uses"}, {r.passes} passed
                    {r.uses >= MIN_OBSERVATIONS && r.passInterval
                      ? ` (95% interval ${range(r.passInterval, percent)})`
                      : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

"use client";
import { useState, useTransition } from "react";
import { analyseJobDescriptionAction } from "@/lib/job-descriptions/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { LevelBadge } from "@/components/ui/level-badge";
import type { InclusiveResult, UncheckedDomain } from "@/lib/job-descriptions/analyse-service";
import type { JdAnalysis } from "@/lib/jd/analyse";
import type { ExclusionWarning } from "@/lib/jd/exclusion";
import { DOMAIN_NAMES } from "@/lib/jd/lexicon";
import { adWarnings } from "@/lib/job-descriptions/ad-warnings";
import { JD_ANALYSE_MAX as TEXT_MAX } from "@/lib/validation/jd-limits";
import { Field } from "@/components/ui/field";
import { useCheckedText } from "./use-checked-text";

type TextCheck = (text: string) => string | null;
// The server's schema, loaded on first focus (or Analyse) rather than with the page.
let textCheck: Promise<TextCheck> | null = null;
const loadTextCheck = () =>
  (textCheck ??= import("@/lib/validation/jd").then(
    (m) => (t: string) => m.fieldProblem(m.analyseSchema.shape.text, t),
  ));

const FLAG = { inflation: "danger", deflation: "warning", vague: "muted", years: "warning" } as const;

export function JdAnalyser({ userId, roleId, initialText }: { userId: string; roleId: string; initialText: string }) {
  const { text, setText, restoredAt, dismissRestored, reset } = useCheckedText(userId, roleId, initialText);
  // The server's schema, checked on Analyse, then as the text changes (from 20 characters typed, a
  // pasted description's problems show at once); never on blur (CHECK_ON_SUBMIT says why).
  const [touched, setTouched] = useState(false);
  const [check, setCheck] = useState<TextCheck | null>(null);
  const preload = () =>
    void loadTextCheck().then(
      (c) => setCheck(() => c),
      () => (textCheck = null), // offline: the server checks the same schema
    );
  const problem = touched && check ? check(text) : null;
  const [result, setResult] = useState<{
    analysis: JdAnalysis;
    inclusive: InclusiveResult;
    exclusion: ExclusionWarning[];
    unchecked: UncheckedDomain[];
    fromHtml: boolean;
    english: boolean;
    /** The text this result is for: an edit since then is said above the result. */
    text: string;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One short sentence a screen reader hears after each click (the results are too long to be read out).
  const [announcement, setAnnouncement] = useState("");
  const [pending, start] = useTransition();
  const a = result?.analysis;
  const warnings = result
    ? adWarnings(result.inclusive.available ? result.inclusive.warnings : [], result.exclusion)
    : [];
  const analyse = () =>
    start(async () => {
      setTouched(true);
      setError(null);
      setAnnouncement("");
      const c = check ?? (await loadTextCheck().catch(() => null));
      if (c && !check) setCheck(() => c);
      // Shown beside the field; a result for earlier text would read as this text's.
      const refusal = c?.(text);
      if (refusal) {
        // The box's own message says why (read with the box, where the keyboard goes).
        setAnnouncement("Not analysed.");
        document.getElementById("jd-text")?.focus();
        return setResult(null);
      }
      try {
        const res = await analyseJobDescriptionAction(roleId, { text });
        if (!res.ok)
          return setError(
            res.message + ("fieldErrors" in res && res.fieldErrors.text ? ` ${res.fieldErrors.text}` : ""),
          );
        const flagged = res.analysis.lines.filter((l) => l.flags.length > 0).length;
        setAnnouncement(
          res.english
            ? `Analysed: alignment ${res.analysis.score} out of 100, ${flagged} ${flagged === 1 ? "line" : "lines"} flagged. The results follow the Analyse button.`
            : "Analysed: the text does not read as English, so it has no alignment score. The results follow the Analyse button.",
        );
        setResult({
          analysis: res.analysis,
          inclusive: res.inclusive,
          exclusion: res.exclusion,
          unchecked: res.unchecked,
          fromHtml: res.fromHtml,
          english: res.english,
          text,
        });
      } catch {
        setError("Could not reach the server; try again.");
      }
    });
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Field
          id="jd-text"
          label="Job description to check"
          // Past the limit the count under the box says so ("… over the 50,000 limit"): not twice.
          error={text.length > TEXT_MAX ? undefined : (problem ?? undefined)}
          invalid={!!problem}
          describedBy="jd-text-count"
          after={<CharacterCount id="jd-text-count" value={text} max={TEXT_MAX} overNote="shorten it to analyse." />}
        >
          {(c) => (
            <textarea
              {...c}
              rows={12}
              value={text}
              dir="auto"
              onFocus={preload}
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value.trim().length >= 20) setTouched(true);
              }}
              className="w-full rounded-md border border-border bg-card p-3 text-sm"
              placeholder="Paste a job description: one requirement per line or bullet works best."
            />
          )}
        </Field>
        {restoredAt && !result ? (
          <p role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span>
              The text you were checking in this tab was kept (last changed at{" "}
              {new Date(restoredAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}). Analyse it again
              to see the results.
            </span>
            <button type="button" className="underline underline-offset-2" onClick={reset}>
              Start again from the role&apos;s job description
            </button>
          </p>
        ) : null}
        <div>
          {/* Not disabled while it runs: a disabled button drops the keyboard focus to the page's top. */}
          <Button
            aria-disabled={pending || undefined}
            className="aria-disabled:opacity-50"
            onClick={() => {
              if (pending) return;
              dismissRestored();
              analyse();
            }}
          >
            {pending ? "Analysing…" : "Analyse"}
          </Button>
        </div>
        {result && result.text !== text && !pending ? (
          <p role="status" className="text-sm text-warning">
            The text has changed since this analysis; the results below are for the earlier text. Analyse again to check
            it.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
      {a ? (
        <section aria-labelledby="result-h" className="grid gap-4">
          <div className="rounded-lg border border-border bg-card p-4">
            {/* A score of a text the checks cannot read would be a number about nothing: none is given. */}
            <h2 id="result-h" className="text-lg font-semibold">
              {result.english ? `Alignment ${a.score}/100` : "Alignment not scored"}
            </h2>
            {!result.english ? (
              <p role="alert" className="mb-1 text-sm text-warning">
                This text does not read as English. The domain mapping, the level cues and the language checks below
                read English only, so they miss most of it: it gets no alignment score, and an empty list here says
                nothing about the ad.
              </p>
            ) : null}
            {result.fromHtml ? (
              <p className="mb-1 text-sm text-muted-foreground">
                Read as HTML: tags removed, each heading, paragraph and list item read as its own line (line numbers
                below count those lines).
              </p>
            ) : null}
            {result.english ? (
              <>
                <p className="text-sm text-muted-foreground">{a.scoreExplanation}</p>
                <p className="mt-1 text-sm text-muted-foreground">{a.scoreExclusions}</p>
              </>
            ) : null}
            {/* Text that does not read as English maps to no domain: "missing all four" would say nothing (round Y). */}
            {a.missingDomains.length && result.english ? (
              <p className="mt-2 text-sm text-danger">
                Missing domains (targeted but never asked for):{" "}
                {a.missingDomains.map((d) => DOMAIN_NAMES[d]).join(", ")}
              </p>
            ) : null}
            {result.unchecked.some((u) => u.learned) ? (
              <p className="mt-2 text-sm text-muted-foreground">
                Your organisation&apos;s own domains, checked with words learned from their matrix indicators:{" "}
                {result.unchecked
                  .filter((u) => u.learned)
                  .map((u) => `${u.name} (target L${u.target})`)
                  .join(", ")}
                .
              </p>
            ) : null}
            {result.unchecked.some((u) => !u.learned) ? (
              <p className="mt-2 text-sm text-warning">
                Not checked:{" "}
                {result.unchecked
                  .filter((u) => !u.learned)
                  .map((u) => `${u.name} (target L${u.target})`)
                  .join(", ")}
                . These domains have no indicators in the matrix yet, so the analyser has no words for them; check those
                lines by hand.
              </p>
            ) : null}
            <p className="mt-2 text-sm text-muted-foreground">
              Title checked: “{a.title.text}” (
              {a.title.fromText
                ? "from the text"
                : "the role's title: no title line was found in the text (a “Title:” line, or a short first line); a title named inside a sentence is not read"}
              )
            </p>
            {a.titleFlag ? <p className="mt-1 text-sm text-warning">{a.titleFlag}</p> : null}
          </div>
          <ol className="grid gap-2">
            {a.lines.map((l, i) => (
              <li key={i} className="rounded-md border border-border bg-card p-3 text-sm">
                <p>
                  {l.text}
                  {l.optional ? (
                    <>
                      {" "}
                      <Badge variant="muted">nice to have</Badge>
                    </>
                  ) : null}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  {/* Where it is in the text, as the warnings below say it ("Line 10"). */}
                  <span>Line {l.line}</span>
                  {l.domain ? (
                    <>
                      {DOMAIN_NAMES[l.domain]} <LevelBadge level={l.level} />
                    </>
                  ) : l.extraDomain ? (
                    <>
                      {a.extraDomains.find((x) => x.key === l.extraDomain)?.name ?? "your domain"}{" "}
                      <LevelBadge level={l.level} />
                    </>
                  ) : (
                    <span>no domain</span>
                  )}
                  <span>confidence {Math.round(l.confidence * 100)}%</span>
                  {l.matched.length ? <span>matched: {l.matched.map((m) => `“${m}”`).join(", ")}</span> : null}
                  {l.levelReason ? <span>level: {l.levelReason}</span> : null}
                </p>
                {l.flags.map((f) => (
                  <p key={f.kind + f.message} className="mt-1">
                    <Badge variant={FLAG[f.kind]}>{f.kind}</Badge> {f.message}
                  </p>
                ))}
              </li>
            ))}
          </ol>
          <div className="rounded-lg border border-border bg-card p-4 text-sm">
            <h3 className="font-semibold">Inclusive language</h3>
            {!result.inclusive.available ? (
              <p role="alert" className="text-warning">
                {result.inclusive.message}
              </p>
            ) : null}
            {warnings.length ? (
              <ul className="mt-1 grid gap-2">
                {warnings.map((w, i) => (
                  <li key={i}>
                    {w.where}: {w.message}
                    {w.suggestion ? <span className="text-muted-foreground"> Try: {w.suggestion}</span> : null}
                  </li>
                ))}
              </ul>
            ) : result.inclusive.available ? (
              <p className="text-muted-foreground">No warnings.</p>
            ) : null}
            <p className="mt-2 text-xs text-muted-foreground">
              Checked with retext-equality and retext-profanities
              {result.inclusive.available ? "" : " (unavailable right now)"}, job-ad checks for native-speaker, age,
              culture-fit, pronoun, degree and years demands and hero words (“rockstar”, “ninja”), and the gender-coded
              word lists of Gaucher, Friesen &amp; Kay (2011).
            </p>
          </div>
        </section>
      ) : null}
    </div>
  );
}

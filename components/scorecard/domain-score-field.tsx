"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { FieldSet } from "@/components/ui/fieldset";
import { LevelBadge } from "@/components/ui/level-badge";
import type { ScorecardFormKit } from "@/lib/data/interview-kit";
import { clsx } from "clsx"; // joined, not merged: these classes never conflict (no tailwind-merge here)
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { choiceClass } from "./choice-class";
import { characterCountText, EVIDENCE_MAX, EVIDENCE_MIN, evidenceCount } from "@/lib/validation/scorecard-rules";
import { limitAnnouncement } from "@/lib/validation/text-limits";
import { PrintedText, printedBoxClass } from "./printed-text";

type Domain = ScorecardFormKit["domains"][number];
const CHOICES = [
  { value: "0", label: "Below L1" },
  { value: "1", label: "Level 1" },
  { value: "2", label: "Level 2" },
  { value: "3", label: "Level 3" },
  { value: "na", label: "Not assessed" },
] as const;

export function DomainScoreField({ domain, index, readOnly }: { domain: Domain; index: number; readOnly: boolean }) {
  const { register, formState } = useFormContext<ScorecardValues>();
  const rating = useWatch<ScorecardValues, `scores.${number}.rating`>({ name: `scores.${index}.rating` });
  const evidence = useWatch<ScorecardValues, `scores.${number}.evidence`>({ name: `scores.${index}.evidence` }) ?? "";
  const observed =
    useWatch<ScorecardValues, `scores.${number}.observedIndicatorIds`>({
      name: `scores.${index}.observedIndicatorIds`,
    }) ?? [];
  const errors = formState.errors.scores?.[index];
  // The saved evidence in the server's HTML too: register() fills the box only once the script runs.
  const saved = formState.defaultValues?.scores?.[index];
  const base = `d-${domain.domainId}`;
  // Counted as stored (invisible characters cleaned out), as the server counts it.
  const { stored, counted: evidenceLength } = evidenceCount(evidence);
  const count = characterCountText(stored, EVIDENCE_MAX);

  return (
    <section aria-labelledby={`${base}-h`} className="rounded-lg border border-border bg-card p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${base}-h`} className="text-lg font-semibold">
          {domain.name}
        </h3>
        <p className="text-sm text-muted-foreground">
          Role target <LevelBadge level={domain.target} zeroLabel="not required" />
        </p>
      </div>

      <FieldSet
        id={`${base}-rating`}
        legend="Rating"
        error={errors?.rating?.message}
        disabled={readOnly}
        className="mt-4"
      >
        {(c) => (
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-5">
            {CHOICES.map((ch) => (
              <label
                key={ch.value}
                className={choiceClass(rating === ch.value)}
                data-chosen={rating === ch.value || undefined}
              >
                {/* Checked from the form's value (in the server's HTML too), never left to the DOM:
                    react-hook-form re-registers its inputs after a reset and reads a radio or box
                    that was checked by default from the page, which after restoring a device copy
                    still showed the server's answer, so the restored rating read "none" and every
                    later autosave was refused. */}
                <input
                  type="radio"
                  value={ch.value}
                  className="sr-only"
                  checked={rating === ch.value}
                  {...c}
                  {...register(`scores.${index}.rating`)}
                />
                {ch.label}
              </label>
            ))}
          </div>
        )}
      </FieldSet>

      <div className="mt-4 grid gap-1.5">
        <label htmlFor={`${base}-evidence`} className="text-sm font-medium">
          Evidence
        </label>
        <textarea
          id={`${base}-evidence`}
          rows={4}
          dir="auto"
          readOnly={readOnly}
          aria-invalid={!!errors?.evidence}
          aria-describedby={`${base}-evidence-hint`}
          placeholder="What did the candidate say or do? Concrete examples, not impressions."
          className={clsx(
            "w-full rounded-md border border-border bg-card p-3 text-base aria-[invalid=true]:border-danger sm:text-sm",
            printedBoxClass(evidence),
          )}
          defaultValue={saved?.evidence}
          {...register(`scores.${index}.evidence`)}
        />
        <PrintedText text={evidence} />
        {/* Read with the box on focus; spoken by itself only when the text nears or passes the limit. */}
        <span className="sr-only" aria-live="polite">
          {limitAnnouncement(stored, EVIDENCE_MAX)}
        </span>
        <p
          id={`${base}-evidence-hint`}
          className={clsx("text-xs", errors?.evidence || count.over ? "text-danger" : "text-muted-foreground")}
        >
          {/* The limit is always in view; the field's own message (e.g. too short to submit) comes first. */}
          {errors?.evidence?.message && !count.over ? `${errors.evidence.message} · ` : ""}
          {count.text}
          {!count.over && rating !== "na" && evidenceLength < EVIDENCE_MIN
            ? // Spaces and line breaks at either end do not count towards the minimum: say so when they are most of it.
              ` · at least ${EVIDENCE_MIN} needed to submit${stored - evidenceLength >= 10 ? ` (${evidenceLength} besides spaces at either end)` : ""}`
            : ""}
          {!count.over && rating === "na" ? " · optional when not assessed" : ""}
        </p>
      </div>

      <details className="print-open mt-4" open={!readOnly}>
        <summary className="cursor-pointer text-sm font-medium">Indicators observed</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-1">
          {domain.levels.map((l) => (
            <fieldset
              key={l.level}
              disabled={readOnly}
              className={clsx("rounded-md border p-3", Number(rating) === l.level ? "border-primary" : "border-border")}
            >
              <legend className="px-1 text-xs font-semibold">
                Level {l.level} · {l.name}
              </legend>
              <ul className="grid gap-2">
                {l.indicators.map((ind) => (
                  <li key={ind.id}>
                    <label className="flex gap-2 text-sm">
                      <input
                        type="checkbox"
                        value={ind.id}
                        className="mt-0.5 h-4 w-4 shrink-0"
                        checked={observed.includes(ind.id)}
                        {...register(`scores.${index}.observedIndicatorIds`)}
                      />
                      <span>{ind.text}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </details>
    </section>
  );
}

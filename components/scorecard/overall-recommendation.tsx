"use client";
// The scorecard's overall recommendation (one of five, as buttons) and the private note for the
// hiring team with its character count.
import { clsx } from "clsx"; // joined, not merged: these classes never conflict (no tailwind-merge here)
import { useFormContext, useWatch } from "react-hook-form";
import { FieldSet } from "@/components/ui/fieldset";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { choiceClass } from "./choice-class";
import { characterCountText, NOTE_MAX, RECOMMENDATION_LABEL, RECOMMENDATIONS } from "@/lib/validation/scorecard-rules";
import { limitAnnouncement } from "@/lib/validation/text-limits";
import { PrintedText, printedBoxClass } from "./printed-text";

export function OverallRecommendation({ readOnly }: { readOnly: boolean }) {
  const { register, formState } = useFormContext<ScorecardValues>();
  const recommendation = useWatch<ScorecardValues, "recommendation">({ name: "recommendation" });
  const note = useWatch<ScorecardValues, "privateNote">({ name: "privateNote" }) ?? "";
  return (
    <section aria-labelledby="overall-h" className="rounded-lg border border-border bg-card p-4 sm:p-5">
      <h3 id="overall-h" className="text-lg font-semibold">
        Overall recommendation
      </h3>
      <FieldSet
        id="rec"
        legend="Overall recommendation"
        legendClassName="sr-only"
        error={formState.errors.recommendation?.message}
        disabled={readOnly}
        className="mt-3"
      >
        {(c) => (
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {RECOMMENDATIONS.map((r) => (
              <label
                key={r}
                className={choiceClass(recommendation === r)}
                data-chosen={recommendation === r || undefined}
              >
                <input
                  type="radio"
                  value={r}
                  className="sr-only"
                  checked={recommendation === r} // from the form's value, as the ratings (domain-score-field.tsx)
                  {...c}
                  {...register("recommendation")}
                />
                {RECOMMENDATION_LABEL[r]}
              </label>
            ))}
          </div>
        )}
      </FieldSet>
      <div className="mt-4 grid gap-1.5">
        <label htmlFor="private-note" className="text-sm font-medium">
          Private note for the hiring team <span className="font-normal text-muted-foreground">(optional)</span>
        </label>
        <textarea
          id="private-note"
          rows={3}
          maxLength={NOTE_MAX}
          readOnly={readOnly}
          aria-describedby="private-note-count"
          className={`w-full rounded-md border border-border bg-card p-3 text-base sm:text-sm ${printedBoxClass(note)}`}
          defaultValue={formState.defaultValues?.privateNote}
          {...register("privateNote")}
        />
        <PrintedText text={note} />
        <NoteCount />
      </div>
    </section>
  );
}

/** The private note's length against its limit, under the box. */
function NoteCount() {
  const note = useWatch<ScorecardValues, "privateNote">({ name: "privateNote" }) ?? "";
  const count = characterCountText(note.length, NOTE_MAX);
  return (
    <>
      <p id="private-note-count" className={clsx("text-xs", count.over ? "text-danger" : "text-muted-foreground")}>
        {count.text}
      </p>
      <span className="sr-only" aria-live="polite">
        {limitAnnouncement(note.length, NOTE_MAX)}
      </span>
    </>
  );
}

// The scorecard's limits, labels and rules in plain TypeScript (no zod), so the scorecard page
// ships them without the schema library; the schemas (scorecard.ts) re-export them.
import type { ScorecardValues } from "./scorecard";
import { characterCountText as countText, cutToLimit } from "./text-limits";
import { cleanUserText, hasVisibleText } from "./clean-text";

/** Format characters: they change how text joins or runs, and draw nothing themselves. */
const FORMAT = /\p{Cf}/gu;

export const EVIDENCE_MIN = 40;
export const EVIDENCE_MAX = 5000;

/**
 * Evidence as the limits count it: the text as stored (invisible characters cleaned out), and
 * for the minimum without spaces at either end and without the format characters that are kept
 * (zero-width joiners, direction marks): a box of zero-width spaces counted 63 where typed and 27
 * when submitted, and 40 zero-width joiners, which show nothing, were submitted as evidence.
 */
export function evidenceCount(evidence: string): { stored: number; counted: number } {
  const stored = cleanUserText(evidence);
  const counted = hasVisibleText(stored) ? stored.replace(FORMAT, "").trim().length : 0;
  return { stored: stored.length, counted };
}
export const NOTE_MAX = 2000;
export const AMEND_REASON_MIN = 10;
export const NOTHING_ASSESSED_MESSAGE =
  "Assess at least one domain before submitting: every domain is marked “not assessed”";
const NOTHING_ASSESSED = "at least one assessed domain (every domain is “not assessed”)";

export const RECOMMENDATIONS = ["STRONG_NO", "NO", "YES", "STRONG_YES", "NO_DECISION"] as const;
export const RECOMMENDATION_LABEL: Record<(typeof RECOMMENDATIONS)[number], string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
  NO_DECISION: "No decision",
};

/** A rating choice in words: "not rated", "not assessed", "below L1", "Level 2". */
export const ratingLabel = (r: string) =>
  r === "" ? "not rated" : r === "na" ? "not assessed" : r === "0" ? "below L1" : `Level ${r}`;
/** A recommendation in words, "not chosen" when not chosen (as a rating reads "not rated"). */
export const recommendationLabel = (r: string) =>
  r ? (RECOMMENDATION_LABEL[r as keyof typeof RECOMMENDATION_LABEL] ?? r) : "not chosen";
const limitText = (n: number) => `${n.toLocaleString("en")} characters`;

/** The form's rating control: "" = not rated yet, "na" = not assessed, "0".."3" = level. */
export const RATING_CHOICES = ["", "0", "1", "2", "3", "na"] as const;
export type RatingChoice = (typeof RATING_CHOICES)[number];

export function ratingToDb(choice: RatingChoice): { rating: number | null; notAssessed: boolean } {
  if (choice === "na") return { rating: null, notAssessed: true };
  if (choice === "") return { rating: null, notAssessed: false };
  return { rating: Number(choice), notAssessed: false };
}

export function ratingFromDb(row: { rating: number | null; notAssessed: boolean } | undefined): RatingChoice {
  if (!row) return "";
  if (row.notAssessed) return "na";
  return row.rating == null ? "" : (String(row.rating) as RatingChoice);
}

/** Where a missing answer is typed: the form moves the keyboard there ("Go to it" in the submit bar). */
export type MissingField = { kind: "rating" | "evidence"; domainId: string } | { kind: "recommendation" | "note" };

/** One thing submitting still needs, in the bar's words (long) and the phone's (short). */
export type MissingItem = { long: string; short: string; field: MissingField };

/** What submitting still needs, in the form's order (domains, then the recommendation and note). */
export function missingItems(values: ScorecardValues, domainNames: Record<string, string>): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const s of values.scores) {
    const name = domainNames[s.domainId] ?? "a domain";
    const at = (kind: "rating" | "evidence") => ({ kind, domainId: s.domainId });
    if (s.rating === "") missing.push({ long: `a rating for ${name}`, short: `${name} rating`, field: at("rating") });
    else if (s.rating !== "na" && evidenceCount(s.evidence).counted < EVIDENCE_MIN)
      missing.push({ long: `evidence for ${name}`, short: `${name} evidence`, field: at("evidence") });
    // Over the limit refuses the submission as surely as missing: the bar says so, not only the field.
    if (evidenceCount(s.evidence).stored > EVIDENCE_MAX)
      missing.push({
        long: `evidence for ${name} within ${limitText(EVIDENCE_MAX)}`,
        short: `shorter ${name} evidence`,
        field: at("evidence"),
      });
  }
  const first = values.scores[0];
  if (nothingAssessed(values) && first)
    missing.push({
      long: NOTHING_ASSESSED,
      short: "one assessed domain",
      field: { kind: "rating", domainId: first.domainId },
    });
  if (values.recommendation === "")
    missing.push({ long: "an overall recommendation", short: "recommendation", field: { kind: "recommendation" } });
  if ((values.privateNote?.length ?? 0) > NOTE_MAX)
    missing.push({
      long: `a private note within ${limitText(NOTE_MAX)}`,
      short: "shorter note",
      field: { kind: "note" },
    });
  return missing;
}

/** The same as text: what the bar lists ("long"), or the phone's few words each ("short"). */
export function missingForSubmit(
  values: ScorecardValues,
  domainNames: Record<string, string>,
  form: "long" | "short" = "long",
): string[] {
  return missingItems(values, domainNames).map((m) => m[form]);
}

/** Every domain marked "not assessed": the submit schema refuses this on `scores`, not on a field. */
export function nothingAssessed(values: Pick<ScorecardValues, "scores">): boolean {
  return values.scores.length > 0 && values.scores.every((s) => s.rating === "na");
}

/**
 * Same answers? Indicator order does not matter, and a domain missing from one side counts as
 * blank, so a retry of what was already stored compares equal and anything else does not.
 */
export function sameScorecardValues(a: ScorecardValues, b: ScorecardValues): boolean {
  if (a.recommendation !== b.recommendation || (a.privateNote ?? "") !== (b.privateNote ?? "")) return false;
  const key = (v: ScorecardValues, domainId: string) => {
    const s = v.scores.find((x) => x.domainId === domainId);
    return JSON.stringify([s?.rating ?? "", s?.evidence ?? "", [...(s?.observedIndicatorIds ?? [])].sort()]);
  };
  const domains = new Set([...a.scores, ...b.scores].map((s) => s.domainId));
  return [...domains].every((d) => key(a, d) === key(b, d));
}

/**
 * `values` with one score per domain of `domainIds`, in that order (blank where missing): the
 * form's fields are by position, so values from elsewhere (the server, this device's copy) are
 * lined up with the kit's domains before they are put into the form.
 */
export function alignScores(values: ScorecardValues, domainIds: string[]): ScorecardValues {
  return {
    ...values,
    scores: domainIds.map(
      (domainId) =>
        values.scores.find((s) => s.domainId === domainId) ?? {
          domainId,
          rating: "",
          evidence: "",
          observedIndicatorIds: [],
        },
    ),
  };
}

/** "1,234 / 5,000 characters", or how far over: shown under every limited text box of the scorecard. */
export function characterCountText(length: number, max: number): { text: string; over: boolean } {
  return countText(length, max, `the draft keeps the first ${max.toLocaleString("en")}. Shorten it to submit.`);
}

/**
 * What an autosave sends: text cut to its limit, so one over-long box never stops the rest of
 * the draft saving (the form and this device's copy keep the whole text until it is shortened;
 * submitting still refuses it with the field's message). The same object when nothing is over.
 */
export function withinDraftLimits<T extends { scores: { evidence: string }[]; privateNote?: string | null }>(
  values: T,
): T {
  const over =
    values.scores.some((s) => s.evidence.length > EVIDENCE_MAX) || (values.privateNote?.length ?? 0) > NOTE_MAX;
  if (!over) return values;
  return {
    ...values,
    scores: values.scores.map((s) =>
      s.evidence.length > EVIDENCE_MAX ? { ...s, evidence: cutToLimit(s.evidence, EVIDENCE_MAX) } : s,
    ),
    ...(values.privateNote != null ? { privateNote: cutToLimit(values.privateNote, NOTE_MAX) } : {}),
  };
}

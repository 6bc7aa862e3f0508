// Three-way merge of two versions of one scorecard draft (two tabs, a laptop and a phone) against
// the version both started from, field by field: a field changed on one side only takes that
// side's value, so edits to different domains (or a domain's rating on one side and its evidence
// on the other) both survive without asking. Texts (evidence, the private note) changed on both
// sides merge line by line when the changes touch different lines (text-merge.ts). Only a field
// both sides changed in the same place, to different values, is a conflict the person settles.
// Indicators are a set: ticked on either side is kept, unticked on either side is dropped, so
// they never conflict. Pure; runs in the browser.
import type { ScorecardValues } from "../validation/scorecard";
import { mergeText } from "./text-merge";

type Score = ScorecardValues["scores"][number];

/** A field of a scorecard: a domain's rating, evidence or indicators, the recommendation or the note. */
export type MergeField =
  | { kind: "rating" | "evidence" | "indicators"; domainId: string }
  | { kind: "recommendation" }
  | { kind: "privateNote" };

export type ScorecardMerge = {
  /** Both sides' changes; a conflicting field holds the preferred side's value. */
  merged: ScorecardValues;
  /** Fields both sides changed, to different values. */
  conflicts: MergeField[];
  /** Fields whose merged value came from the other side (what the merge changed on this one). */
  fromTheirs: MergeField[];
};

const blank = (domainId: string): Score => ({ domainId, rating: "", evidence: "", observedIndicatorIds: [] });
const scoreOf = (v: ScorecardValues, domainId: string) =>
  v.scores.find((s) => s.domainId === domainId) ?? blank(domainId);

/**
 * Merges `mine` and `theirs`, both edited from `base`. `prefer` decides the conflicting fields
 * (the person's choice in the conflict dialog); the merge itself never drops a one-sided change.
 */
export function mergeScorecards(
  base: ScorecardValues,
  mine: ScorecardValues,
  theirs: ScorecardValues,
  prefer: "mine" | "theirs" = "mine",
): ScorecardMerge {
  const conflicts: MergeField[] = [];
  const fromTheirs: MergeField[] = [];
  function pick<T>(field: MergeField, b: T, m: T, t: T, merge?: (b: T, m: T, t: T) => T | null): T {
    if (m === t || t === b) return m;
    if (m === b) {
      fromTheirs.push(field);
      return t;
    }
    const merged = merge?.(b, m, t);
    if (merged != null) {
      fromTheirs.push(field);
      return merged;
    }
    conflicts.push(field);
    if (prefer === "theirs") fromTheirs.push(field);
    return prefer === "mine" ? m : t;
  }
  const domainIds = [...new Set([...mine.scores, ...theirs.scores].map((s) => s.domainId))];
  const scores = domainIds.map((domainId): Score => {
    const [b, m, t] = [base, mine, theirs].map((v) => scoreOf(v, domainId)) as [Score, Score, Score];
    // A radio group with nothing checked reads null in the form: the same as "".
    const rating = pick({ kind: "rating", domainId }, b.rating ?? "", m.rating ?? "", t.rating ?? "");
    const evidence = pick({ kind: "evidence", domainId }, b.evidence, m.evidence, t.evidence, mergeText);
    const [inBase, inMine, inTheirs] = [b, m, t].map((s) => new Set(s.observedIndicatorIds));
    // Kept by both, or added by either; dropped where either side unticked it.
    const ticked = [...new Set([...m.observedIndicatorIds, ...t.observedIndicatorIds])].filter(
      (id) => (inMine!.has(id) && inTheirs!.has(id)) || !inBase!.has(id),
    );
    if (ticked.length !== inMine!.size || ticked.some((id) => !inMine!.has(id)))
      fromTheirs.push({ kind: "indicators", domainId });
    return { domainId, rating: rating as Score["rating"], evidence, observedIndicatorIds: ticked };
  });
  const recommendation = pick(
    { kind: "recommendation" },
    base.recommendation,
    mine.recommendation,
    theirs.recommendation,
  );
  const privateNote = pick(
    { kind: "privateNote" },
    base.privateNote ?? "",
    mine.privateNote ?? "",
    theirs.privateNote ?? "",
    mergeText,
  );
  return { merged: { scores, recommendation, privateNote }, conflicts, fromTheirs };
}

/** The topics (a domain's id, "recommendation", "privateNote") that `fields` touch, each once. */
export function topicsOf(fields: MergeField[]): string[] {
  return [...new Set(fields.map((f) => ("domainId" in f ? f.domainId : f.kind)))];
}

/**
 * What settling a conflict keeps: with `base`, the merge, its conflicting fields taken from the
 * side the person chose; without it (an old device copy, an amendment, a submitted version),
 * that side's version whole.
 */
export function settleConflict(
  conflict: {
    local: ScorecardValues;
    server: { values: ScorecardValues; status: "DRAFT" | "SUBMITTED" };
    base: ScorecardValues | null;
  },
  prefer: "mine" | "theirs",
): ScorecardValues {
  const { local, server, base } = conflict;
  if (base && server.status === "DRAFT") return mergeScorecards(base, local, server.values, prefer).merged;
  return prefer === "mine" ? local : server.values;
}

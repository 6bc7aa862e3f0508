import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVIDENCE_MIN, missingForSubmit, nothingAssessed, ratingFromDb, ratingToDb, sameScorecardValues, scorecardDraftSchema, scorecardSubmitSchema, type ScorecardValues } from "../../lib/validation/scorecard";

const evidence = "x".repeat(EVIDENCE_MIN);
const complete = { scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: [] }], recommendation: "YES", privateNote: "" };

describe("scorecard schemas", () => {
  it("accepts a complete scorecard and rejects missing evidence with a readable message", () => {
    expect(scorecardSubmitSchema.safeParse(complete).success).toBe(true);
    const res = scorecardSubmitSchema.safeParse({ ...complete, scores: [{ ...complete.scores[0], evidence: "short" }] });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toMatch(/at least 40 characters of evidence.*5 so far/);
  });

  it("allows 'not assessed' without evidence, but not a scorecard that assesses nothing", () => {
    const na = { ...complete, scores: [{ domainId: "d1", rating: "na", evidence: "", observedIndicatorIds: [] }] };
    const res = scorecardSubmitSchema.safeParse(na);
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toMatch(/^Assess at least one domain before submitting/);
  });

  it("lets a draft be incomplete", () => {
    expect(scorecardDraftSchema.safeParse({ scores: [{ domainId: "d1", rating: "", evidence: "half", observedIndicatorIds: [] }], recommendation: "", privateNote: "" }).success).toBe(true);
  });

  it("never throws on arbitrary input, and only accepts ratings on the scale", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const a = scorecardDraftSchema.safeParse(input);
        const b = scorecardSubmitSchema.safeParse(input);
        return typeof a.success === "boolean" && typeof b.success === "boolean";
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (rating) => {
        const ok = scorecardDraftSchema.safeParse({ ...complete, scores: [{ ...complete.scores[0], rating }] }).success;
        return ok === ["", "0", "1", "2", "3", "na"].includes(rating);
      }),
    );
  });

  it("round-trips ratings through the database representation", () => {
    for (const r of ["", "0", "1", "2", "3", "na"] as const) expect(ratingFromDb(ratingToDb(r))).toBe(r);
  });

  it("says what is still missing, in words", () => {
    const v = { scores: [{ domainId: "d1", rating: "" as const, evidence: "", observedIndicatorIds: [] }, { domainId: "d2", rating: "3" as const, evidence: "short", observedIndicatorIds: [] }], recommendation: "" as const, privateNote: "" };
    expect(missingForSubmit(v, { d1: "Observability", d2: "Automation" })).toEqual(["a rating for Observability", "evidence for Automation", "an overall recommendation"]);
  });

  it("lists a scorecard where every domain is 'not assessed' as missing an assessed domain, as the schema refuses it", () => {
    const na = (domainId: string) => ({ domainId, rating: "na" as const, evidence: "", observedIndicatorIds: [] });
    const v: ScorecardValues = { scores: [na("d1"), na("d2")], recommendation: "YES", privateNote: "" };
    const missing = missingForSubmit(v, { d1: "Observability", d2: "Automation" });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/at least one assessed domain/);
    expect(nothingAssessed(v)).toBe(true);
    expect(scorecardSubmitSchema.safeParse(v).success).toBe(false);
    // One assessed domain with evidence is enough: nothing missing, and the schema agrees.
    const one: ScorecardValues = { ...v, scores: [na("d1"), { domainId: "d2", rating: "1", evidence, observedIndicatorIds: [] }] };
    expect(missingForSubmit(one, {})).toEqual([]);
    expect(scorecardSubmitSchema.safeParse(one).success).toBe(true);
    // The button's list and the schema agree on random scorecards.
    fc.assert(
      fc.property(fc.array(fc.constantFrom("", "0", "1", "2", "3", "na"), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom("", "YES"), (ratings, long, rec) => {
        const values = { scores: ratings.map((rating, i) => ({ domainId: `d${i}`, rating, evidence: long ? evidence : "", observedIndicatorIds: [] })), recommendation: rec, privateNote: "" } as ScorecardValues;
        return (missingForSubmit(values, {}).length === 0) === scorecardSubmitSchema.safeParse(values).success;
      }),
    );
  });

  it("treats a retry of the same answers as the same, and any real change as different", () => {
    const base: ScorecardValues = { scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: ["a", "b"] }], recommendation: "YES", privateNote: "" };
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, observedIndicatorIds: ["b", "a"] }] })).toBe(true);
    expect(sameScorecardValues(base, { ...base, scores: [...base.scores, { domainId: "d2", rating: "", evidence: "", observedIndicatorIds: [] }] })).toBe(true);
    expect(sameScorecardValues(base, { ...base, privateNote: "x" })).toBe(false);
    expect(sameScorecardValues(base, { ...base, recommendation: "NO" })).toBe(false);
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, observedIndicatorIds: ["a"] }] })).toBe(false);
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, evidence: `${evidence}!` }] })).toBe(false);
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, rating: "na" }] })).toBe(false);
  });
});

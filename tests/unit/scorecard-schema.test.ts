import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVIDENCE_MIN, missingForSubmit, ratingFromDb, ratingToDb, scorecardDraftSchema, scorecardSubmitSchema } from "../../lib/validation/scorecard";

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
    expect(res.error?.issues[0]?.message).toBe("Assess at least one domain before submitting");
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
});

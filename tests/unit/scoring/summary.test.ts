import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateSummary, type ScoreRow } from "../../../lib/scoring/summary";
import { RECOMMENDATIONS } from "../../../lib/scoring/types";

const targets = [
  { domainId: "obs", name: "Observability", target: 2, weight: 2 },
  { domainId: "data", name: "Data literacy", target: 2 },
  { domainId: "sec", name: "Security", target: 0 },
];
const r = (
  applicationId: string,
  interviewerId: string,
  domainId: string | null,
  rating: number | null,
  recommendation: ScoreRow["recommendation"] = "YES",
): ScoreRow => ({
  applicationId,
  interviewerId,
  domainId,
  rating,
  recommendation,
});

describe("candidateSummary", () => {
  it("summarises every application of a role from one flat list", () => {
    const rows = [
      r("app1", "i1", "obs", 3, "STRONG_YES"),
      r("app1", "i1", "data", 1, "STRONG_YES"),
      r("app1", "i2", "obs", 1, "NO"),
      r("app1", "i2", "data", 1, "NO"),
      r("app1", "i2", "sec", null, "NO"),
      r("app2", "i1", "obs", 2),
      r("app2", "i3", "obs", 2, "NO_DECISION"),
    ];
    const [a1, a2] = candidateSummary({ rows, targets });

    expect(a1?.applicationId).toBe("app1");
    const obs = a1?.domains.find((d) => d.domainId === "obs");
    expect(obs).toMatchObject({
      consensus: { median: 1, spread: 2, count: 2 },
      disagreement: true,
      gap: { status: "below", gap: 1 },
      weight: 2,
    });
    expect(a1?.domains.find((d) => d.domainId === "sec")?.gap.status).toBe("not-required");
    // obs 1/2 (w2) + data 1/2 (w1) -> 50
    expect(a1).toMatchObject({ fit: 50, distance: "2 domains one level short", split: true, scorecards: 2 });
    // Recommendations are per scorecard, not per domain row.
    expect(a1?.tally).toEqual({ STRONG_NO: 0, NO: 1, YES: 0, STRONG_YES: 1, NO_DECISION: 0 });

    // obs 2/2 (w2); data not yet assessed is left out -> 100 over 1 of 2 target domains
    expect(a2).toMatchObject({
      fit: 100,
      assessedDomains: 1,
      targetDomains: 2,
      distance: "not yet assessed in 1 target domain",
      split: false,
      scorecards: 2,
    });
    expect(a2?.domains.find((d) => d.domainId === "data")?.gap.status).toBe("no-evidence");
  });

  it("includes applications without scores and keeps their order", () => {
    const result = candidateSummary({ rows: [r("b", "i1", "obs", 2)], targets, applicationIds: ["a", "b"] });
    expect(result.map((s) => s.applicationId)).toEqual(["a", "b"]);
    expect(result[0]).toMatchObject({
      fit: null,
      distance: "not yet assessed in any target domain",
      scorecards: 0,
      split: false,
    });
  });

  it("ignores drafts and counts recommendation-only scorecards", () => {
    const rows = [
      { ...r("a", "i1", "obs", 3, "STRONG_YES"), status: "DRAFT" as const },
      { ...r("a", "i2", "obs", 2, "YES"), status: "SUBMITTED" as const },
      r("a", "i3", null, null, "STRONG_NO"),
    ];
    const [a] = candidateSummary({ rows, targets });
    expect(a?.domains.find((d) => d.domainId === "obs")?.consensus.median).toBe(2);
    expect(a).toMatchObject({ scorecards: 2, split: true });
  });

  it("counts two scorecards of one interviewer as two recommendations but one rater: their latest rating", () => {
    const rows = [
      { ...r("a", "i1", "obs", 1, "NO"), scorecardId: "s1", submittedAt: new Date("2026-11-02") },
      { ...r("a", "i1", "obs", 3, "YES"), scorecardId: "s2", submittedAt: new Date("2026-11-01") },
      { ...r("a", "i1", "data", null, "YES"), scorecardId: "s2", submittedAt: new Date("2026-11-01") },
      { ...r("a", "i1", "data", 2, "NO"), scorecardId: "s1", submittedAt: new Date("2026-11-02") },
      { ...r("a", "i2", "obs", 2, "YES"), scorecardId: "s3", submittedAt: new Date("2026-11-03") },
    ];
    const [a] = candidateSummary({ rows, targets });
    expect(a).toMatchObject({ scorecards: 3, split: true });
    const obs = a?.domains.find((d) => d.domainId === "obs");
    // i1's latest (s1, Nov 2) says 1, i2 says 2: n = 2 interviewers, not 3 scorecards.
    expect(obs?.consensus).toEqual({ median: 1, spread: 1, count: 2, min: 1, max: 2 });
    expect(obs?.disagreement).toBe(false);
    // "Not assessed" on a later scorecard never erases an earlier rating.
    expect(a?.domains.find((d) => d.domainId === "data")?.consensus).toMatchObject({ median: 2, count: 1 });
  });

  it("breaks a tie on submission time by the greater scorecard id", () => {
    const at = new Date("2026-11-02");
    const rows = [
      { ...r("a", "i1", "obs", 3), scorecardId: "cb", submittedAt: at },
      { ...r("a", "i1", "obs", 0), scorecardId: "ca", submittedAt: at },
    ];
    expect(candidateSummary({ rows, targets })[0]?.domains[0]?.consensus).toMatchObject({ median: 3, count: 1 });
  });

  it("shows evidence in domains the role does not list, without affecting fit", () => {
    const [a] = candidateSummary({ rows: [r("a", "i1", "obs", 2), r("a", "i1", "ml", 3)], targets: [targets[0]!] });
    expect(a?.domains.map((d) => [d.domainId, d.gap.status])).toEqual([
      ["obs", "meets"],
      ["ml", "exceeds"],
    ]);
    expect(a?.fit).toBe(100);
  });

  it("is empty for no rows and no applications", () => {
    expect(candidateSummary({ rows: [], targets })).toEqual([]);
  });

  it("fit stays within 0..100 and every role domain is reported", () => {
    const row = fc.record({
      applicationId: fc.constantFrom("a", "b", "c"),
      interviewerId: fc.constantFrom("i1", "i2", "i3"),
      domainId: fc.constantFrom("obs", "data", "sec", null),
      rating: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      recommendation: fc.option(fc.constantFrom(...RECOMMENDATIONS), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        for (const s of candidateSummary({ rows, targets })) {
          if (s.assessedDomains === 0) expect(s.fit).toBeNull();
          else {
            expect(s.fit).toBeGreaterThanOrEqual(0);
            expect(s.fit).toBeLessThanOrEqual(100);
          }
          expect(s.domains.slice(0, 3).map((d) => d.domainId)).toEqual(["obs", "data", "sec"]);
        }
      }),
    );
  });
});

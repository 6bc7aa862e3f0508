import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIT_EXPLANATION,
  shownGapStatus,
  describeDistance,
  domainGap,
  fitRankKey,
  fitSentences,
  fitText,
  roleFit,
  type FitDomain,
} from "../../../lib/scoring/gaps";

describe("domainGap", () => {
  it("classifies against a positive target", () => {
    expect(domainGap(2, 1)).toEqual({ target: 2, median: 1, gap: 1, status: "below" });
    expect(domainGap(2, { median: 2 })).toMatchObject({ gap: 0, status: "meets" });
    expect(domainGap(2, 3)).toMatchObject({ gap: -1, status: "exceeds" });
    expect(domainGap(2, 0)).toMatchObject({ gap: 2, status: "below" });
  });
  it("distinguishes no evidence from not required", () => {
    expect(domainGap(2, null)).toEqual({ target: 2, median: null, gap: null, status: "no-evidence" });
    expect(domainGap(0, { median: null })).toMatchObject({ gap: null, status: "not-required" });
  });
  it("still reports evidence in a domain the role does not require", () => {
    expect(domainGap(0, 0).status).toBe("meets");
    expect(domainGap(0, 2)).toMatchObject({ gap: -2, status: "exceeds" });
  });
});

const d = (domainId: string, target: number, median: number | null, weight?: number): FitDomain => ({
  domainId,
  name: domainId,
  target,
  median,
  weight,
});

describe("roleFit", () => {
  it("is 100 and 'meets every target' when every target is met", () => {
    expect(roleFit([d("a", 2, 2), d("b", 1, 3), d("c", 0, null)])).toMatchObject({
      fit: 100,
      distance: "meets every target",
      shortfalls: [],
      targetDomains: 2,
    });
  });
  it("caps credit at the target so exceeding one domain does not hide a gap", () => {
    // a: 3/3 credit 1 (not 1.5); b: 0/2 -> 0. Equal weights -> 50.
    expect(roleFit([d("a", 2, 3), d("b", 2, 0)]).fit).toBe(50);
  });
  it("gives partial credit and leaves a domain nobody assessed out, not at zero", () => {
    // (1/3 + 2/2) / 2 = 0.667 -> 67; c is unknown, not failed.
    const r = roleFit([d("a", 3, 1), d("b", 2, 2), d("c", 1, null)]);
    expect(r.fit).toBe(67);
    expect(r).toMatchObject({ targetDomains: 3, assessedDomains: 2 });
    expect(fitText(r)).toBe("67/100 (2 of 3 target domains assessed)");
    expect(r.distance).toBe("1 domain two levels short, not yet assessed in 1 target domain");
    expect(r.shortfalls.map((s) => [s.domainId, s.levelsShort])).toEqual([
      ["a", 2],
      ["c", null],
    ]);
  });
  it("applies weights", () => {
    // (3*1 + 1*0.5) / 4 = 0.875 -> 88
    expect(roleFit([d("a", 2, 2, 3), d("b", 2, 1, 1)]).fit).toBe(88);
    expect(roleFit([d("a", 2, 2, 0.5), d("b", 2, 1, 1.5)]).fit).toBe(63); // (0.5 + 0.75)/2 = 62.5 -> 63
  });
  it("ignores not-required domains entirely, including their weight", () => {
    expect(roleFit([d("a", 1, 1), d("b", 0, 0, 100)]).fit).toBe(100);
  });
  it("has no fit when the role targets nothing", () => {
    expect(roleFit([d("a", 0, 2)])).toMatchObject({ fit: null, distance: "no target levels set", targetDomains: 0 });
    expect(roleFit([])).toMatchObject({ fit: null });
  });
  it("is not yet assessed (null, never 0) with no evidence anywhere", () => {
    const r = roleFit([d("a", 2, null), d("b", 1, null)]);
    expect(r).toMatchObject({ fit: null, assessedDomains: 0, distance: "not yet assessed in any target domain" });
    expect(fitText(r)).toBe("not yet assessed");
  });
  it("does not tie a domain not yet assessed with one rated below Level 1", () => {
    const rated0 = roleFit([d("obs", 2, 2), d("sec", 2, 0)]);
    const unassessed = roleFit([d("obs", 2, 2), d("sec", 2, null)]);
    expect(rated0.fit).toBe(50);
    expect(unassessed.fit).toBe(100);
    expect(fitText(unassessed)).toBe("100/100 (1 of 2 target domains assessed)");
    // Ranked apart: a fully assessed loop first, then partial ones, then none assessed.
    const none = roleFit([d("obs", 2, null), d("sec", 2, null)]);
    expect(fitRankKey(rated0)).toBeLessThan(fitRankKey(unassessed));
    expect(fitRankKey(unassessed)).toBeLessThan(fitRankKey(none));
  });
  it("rejects non-positive weights", () => {
    expect(() => roleFit([d("a", 2, 2, 0)])).toThrow(RangeError);
    expect(() => roleFit([d("a", 2, 2, Number.NaN)])).toThrow(RangeError);
  });
  it("explains itself in plain words", () => {
    expect(FIT_EXPLANATION).toMatch(/weighted/);
    expect(FIT_EXPLANATION.split(". ").length).toBeLessThanOrEqual(2);
  });
});

describe("describeDistance", () => {
  const s = (...gaps: (number | null)[]) => gaps.map((levelsShort) => ({ levelsShort }));
  it("composes counts, biggest gap first", () => {
    expect(describeDistance(s(1, 1), 3)).toBe("2 domains one level short");
    expect(describeDistance(s(1, 2), 3)).toBe("1 domain two levels short, 1 domain one level short");
    expect(describeDistance(s(null), 3)).toBe("not yet assessed in 1 target domain");
    expect(describeDistance(s(3, null, null, 1), 5)).toBe(
      "1 domain three levels short, 1 domain one level short, not yet assessed in 2 target domains",
    );
    expect(describeDistance(s(null, null), 2)).toBe("not yet assessed in any target domain");
    expect(describeDistance([], 2)).toBe("meets every target");
  });
});

describe("fitSentences (the printed packet's summary)", () => {
  it("two sentences, the second capitalised; one when nothing is assessed, without repeating it", () => {
    expect(fitSentences({ fit: 82, targetDomains: 4, assessedDomains: 4, distance: "1 domain one level short" })).toBe(
      "Fit 82/100. 1 domain one level short.",
    );
    expect(
      fitSentences({
        fit: null,
        targetDomains: 4,
        assessedDomains: 0,
        distance: "not yet assessed in any target domain",
      }),
    ).toBe("Fit not yet assessed.");
  });
});

describe("roleFit properties", () => {
  const domain = fc.record({
    domainId: fc.string(),
    name: fc.string(),
    target: fc.integer({ min: 0, max: 3 }),
    weight: fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: undefined }),
    median: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  });
  it("fit is an integer in 0..100, or null exactly when no targeted domain is assessed", () => {
    fc.assert(
      fc.property(fc.array(domain), (domains) => {
        const { fit, shortfalls } = roleFit(domains);
        if (!domains.some((x) => x.target > 0 && x.median !== null)) {
          expect(fit).toBeNull();
          return;
        }
        expect(Number.isInteger(fit)).toBe(true);
        expect(fit).toBeGreaterThanOrEqual(0);
        expect(fit).toBeLessThanOrEqual(100);
        if (shortfalls.length === 0) expect(fit).toBe(100);
      }),
    );
  });
  it("raising a rating never lowers the fit", () => {
    fc.assert(
      fc.property(fc.array(domain, { minLength: 1 }), fc.nat(), (domains, i) => {
        const j = i % domains.length;
        const before = roleFit(domains).fit ?? 0;
        // A first rating adds evidence rather than raising one: only existing ratings are raised.
        const raised = domains.map((x, k) =>
          k === j && x.median !== null ? { ...x, median: Math.min(3, x.median + 1) } : x,
        );
        expect(roleFit(raised).fit ?? 0).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe("shownGapStatus", () => {
  it("reads a domain without a target as not required, whatever was rated there; targeted domains keep their status", () => {
    expect(shownGapStatus(domainGap(0, 2))).toBe("not-required");
    expect(shownGapStatus(domainGap(0, null))).toBe("not-required");
    expect(shownGapStatus(domainGap(2, 3))).toBe("exceeds");
    expect(shownGapStatus(domainGap(2, 1))).toBe("below");
    expect(shownGapStatus(domainGap(1, null))).toBe("no-evidence");
  });
});

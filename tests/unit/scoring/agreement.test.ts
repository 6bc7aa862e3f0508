import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  krippendorffAlpha,
  krippendorffAlphaInterval,
  krippendorffAlphaNominal,
  krippendorffAlphaOrdinal,
} from "../../../lib/scoring/agreement";

const _ = null;
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", reliability data with
// 4 coders x 12 units and missing values. Published: nominal .743, ordinal .815, interval .849.
const coders = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const units = (coders[0] ?? []).map((_v, u) => coders.map((c) => c[u] ?? null));

describe("Krippendorff's alpha, published worked example", () => {
  it("matches nominal, ordinal and interval to 3 decimals", () => {
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
    expect(krippendorffAlphaOrdinal(units)).toBeCloseTo(0.815, 3);
    expect(krippendorffAlphaInterval(units)).toBeCloseTo(0.849, 3);
  });
  it("ignores the unit with a single value (unit 12)", () => {
    expect(krippendorffAlphaOrdinal(units.slice(0, 11))).toBe(krippendorffAlphaOrdinal(units));
  });
});

describe("Krippendorff's alpha, simple cases", () => {
  it("is 1 for perfect agreement with variation across units", () => {
    const perfect = [
      [0, 0, 0],
      [1, 1, null],
      [3, 3, 3],
      [2, null, 2],
    ];
    for (const m of ["nominal", "ordinal", "interval"] as const) expect(krippendorffAlpha(perfect, m)).toBe(1);
  });
  it("is null without variation (expected disagreement 0)", () => {
    expect(
      krippendorffAlphaOrdinal([
        [2, 2],
        [2, 2, 2],
      ]),
    ).toBeNull();
  });
  it("is null with fewer than 2 pairable units", () => {
    expect(krippendorffAlphaOrdinal([])).toBeNull();
    expect(krippendorffAlphaOrdinal([[1, 3]])).toBeNull();
    expect(
      krippendorffAlphaOrdinal([
        [1, 3],
        [2, null],
        [null, null],
      ]),
    ).toBeNull();
  });
  it("is negative for systematic disagreement", () => {
    // Two coders always disagree: nominal alpha = 1 - 2(n-1)/n with n = 4 -> -0.5.
    expect(
      krippendorffAlphaNominal([
        [0, 1],
        [1, 0],
      ]),
    ).toBeCloseTo(-0.5, 10);
  });
  it("ordinal depends on ranks, interval on distances", () => {
    const a = [
      [1, 2],
      [2, 3],
      [1, 1],
      [3, 3],
    ];
    const stretched = a.map((u) => u.map((v) => (v === 3 ? 30 : v)));
    expect(krippendorffAlphaOrdinal(stretched)).toBeCloseTo(krippendorffAlphaOrdinal(a) ?? NaN, 12);
    expect(krippendorffAlphaInterval(stretched)).not.toBeCloseTo(krippendorffAlphaInterval(a) ?? NaN, 3);
  });
});

describe("Krippendorff's alpha properties", () => {
  const unit = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 1, maxLength: 5 });
  const metric = fc.constantFrom("nominal" as const, "ordinal" as const, "interval" as const);

  it("is within [-1, 1] or null", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), metric, (units, m) => {
        const a = krippendorffAlpha(units, m);
        if (a === null) return;
        expect(a).toBeGreaterThanOrEqual(-1 - 1e-9);
        expect(a).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });
  it("does not change when coders (entries within each unit) or units are permuted", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), metric, fc.array(fc.nat()), (units, m, seeds) => {
        const key = (i: number) => (seeds[i % Math.max(1, seeds.length)] ?? 0) + i;
        const permuted = units
          .map((u, i) =>
            u
              .map((v, j) => ({ v, k: key(i * 7 + j) }))
              .sort((x, y) => x.k - y.k)
              .map((x) => x.v),
          )
          .reverse();
        const a = krippendorffAlpha(units, m);
        const b = krippendorffAlpha(permuted, m);
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }),
    );
  });
  it("is 1 whenever every pairable unit is unanimous and values vary", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 2, max: 4 })), { minLength: 2 }),
        metric,
        (spec, m) => {
          const units = spec.map(([v, n]) => Array.from({ length: n }, () => v));
          const a = krippendorffAlpha(units, m);
          if (new Set(spec.map(([v]) => v)).size < 2) expect(a).toBeNull();
          else expect(a).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

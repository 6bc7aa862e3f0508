import { describe, expect, it } from "vitest";
import { readAgreement, readPanelOffset, readQuestionSpread, readSpread } from "../../../lib/quality/validity-readings";

describe("plain readings of the per-interviewer and per-question figures", () => {
  it("reads an offset only when the interval clears zero, and says too few below the threshold", () => {
    expect(readPanelOffset({ n: 9, offset: null, interval: null, enough: false })).toEqual({
      tone: "too-few",
      text: "Too few to say: 9 of the 10 ratings shared with a panel needed.",
    });
    expect(readPanelOffset({ n: 40, offset: 0.42, interval: { low: 0.2, high: 0.64 }, enough: true }).text).toBe(
      "Rates higher than their panels, by about 0.4 of a level on average.",
    );
    expect(readPanelOffset({ n: 40, offset: -0.5, interval: { low: -0.8, high: -0.2 }, enough: true }).text).toMatch(
      /^Rates lower .* 0\.5 of a level/,
    );
    expect(readPanelOffset({ n: 40, offset: 0.3, interval: { low: -0.1, high: 0.7 }, enough: true }).tone).toBe("good");
  });

  it("reads alpha against Krippendorff's bars using the whole interval", () => {
    expect(readAgreement({ units: 3, alpha: null, interval: null, enough: false }).tone).toBe("too-few");
    expect(readAgreement({ units: 30, alpha: 0.9, interval: { low: 0.82, high: 0.95 }, enough: true }).tone).toBe(
      "good",
    );
    expect(readAgreement({ units: 30, alpha: 0.9, interval: { low: 0.7, high: 0.95 }, enough: true }).label).toBe(
      "not settled",
    );
    expect(readAgreement({ units: 30, alpha: 0.74, interval: { low: 0.69, high: 0.78 }, enough: true }).label).toBe(
      "tentative",
    );
    expect(readAgreement({ units: 30, alpha: 0.4, interval: { low: 0.2, high: 0.6 }, enough: true }).tone).toBe("bad");
    expect(readAgreement({ units: 30, alpha: null, interval: null, enough: true }).tone).toBe("unclear");
  });

  it("reads spreads in levels", () => {
    expect(readSpread(null)).toBe("");
    expect(readSpread(0.3)).toMatch(/^Consistent/);
    expect(readSpread(1.2)).toMatch(/calibration/);
    expect(readQuestionSpread(0.9, 4)).toBe("Too few to say: 4 of the 10 uses needed.");
    expect(readQuestionSpread(0.2, 40)).toMatch(/^Little spread/);
    expect(readQuestionSpread(1.1, 40)).toMatch(/^Wide spread/);
  });
});

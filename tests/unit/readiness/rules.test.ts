import { describe, expect, it } from "vitest";
import { anonymiseEvidence } from "../../../lib/readiness/anonymise";
import {
  DEFAULT_READINESS_SETTINGS as S,
  domainProgress,
  loadStatus,
  scoreCalibration,
  unqualifiedStageDomains,
  weekKeyOf,
  weekOfLocalDate,
} from "../../../lib/readiness/rules";

describe("domain progress", () => {
  const base = { shadows: 0, reverseShadows: 0, bestCalibration: null, qualification: null };
  it("lists what is missing, in order", () => {
    expect(domainProgress(base, S)).toMatchObject({
      status: "in-training",
      remaining: ["2 more shadow seats", "1 more reverse-shadow seat", "a passed calibration exercise"],
    });
  });
  it("is ready to claim once every step is done, qualified once recorded", () => {
    const done = {
      shadows: 2,
      reverseShadows: 1,
      bestCalibration: { exact: 5, items: 6, passed: true },
      qualification: null,
    };
    expect(domainProgress(done, S).status).toBe("ready-to-claim");
    expect(domainProgress({ ...base, qualification: { how: "GRANTED", qualifiedAt: new Date() } }, S)).toMatchObject({
      status: "qualified",
      remaining: [],
    });
  });
});

describe("calibration score", () => {
  const items = [0, 1, 2, 3, 2].map((c, i) => ({ id: `i${i}`, consensus: c }));
  it("counts exact and within-one agreement and the signed offset", () => {
    const s = scoreCalibration(items, { i0: 0, i1: 2, i2: 2, i3: 1, i4: 2 }, 70);
    expect(s).toEqual({ items: 5, exact: 3, withinOne: 4, meanOffset: -0.2, agreementPercent: 60, passed: false });
  });
  it("rounds down, so 69.9% never passes a 70% mark", () => {
    const ten = Array.from({ length: 3 }, (_, i) => ({ id: `x${i}`, consensus: 1 }));
    expect(scoreCalibration(ten, { x0: 1, x1: 1, x2: 2 }, 67).passed).toBe(false); // 66%
    expect(scoreCalibration(ten, { x0: 1, x1: 1, x2: 2 }, 66).passed).toBe(true);
  });
  it("refuses an unrated item", () => {
    expect(() => scoreCalibration(items, { i0: 0 }, 70)).toThrow(RangeError);
  });
});

describe("plan warnings", () => {
  it("warns when no interviewer of a stage is qualified for one of its domains", () => {
    const w = unqualifiedStageDomains(
      [
        { name: "Design", domainIds: ["sec", "auto"], interviewerIds: ["tomas"] },
        { name: "Empty", domainIds: ["sec"], interviewerIds: [] },
        { name: "Pair", domainIds: ["sec"], interviewerIds: ["tomas", "priya"] },
      ],
      { tomas: ["auto"], priya: ["sec"] },
      { domains: { sec: "Security" }, people: { tomas: "Tomás" } },
    );
    expect(w).toEqual([
      { stageIndex: 0, stage: "Design", domainId: "sec", domain: "Security", interviewers: ["Tomás"] },
    ]);
  });
});

describe("weeks and load", () => {
  it("names a week by its Monday", () => {
    expect(weekOfLocalDate("2026-12-06")).toBe("2026-11-30"); // Sunday
    expect(weekOfLocalDate("2026-11-30")).toBe("2026-11-30");
    expect(weekOfLocalDate("2026-02-30")).toBeNull();
  });
  it("counts weeks in the viewer's zone", () => {
    // Monday 00:30 in Berlin is still Sunday in UTC.
    const at = new Date("2026-11-29T23:30:00Z");
    expect(weekKeyOf(at, "UTC")).toBe("2026-11-23");
    expect(weekKeyOf(at, "Europe/Berlin")).toBe("2026-11-30");
  });
  it("warns at and over the limit", () => {
    expect(loadStatus(2, 4)).toBe("free");
    expect(loadStatus(3, 4)).toBe("at-limit");
    expect(loadStatus(4, 4)).toBe("over");
  });
});

describe("anonymised evidence", () => {
  it("removes names (whole, parts, possessive, without accents), emails, links, handles and phone numbers", () => {
    const text =
      "Priya Natarajan's answer impressed Tomas; Natarajan wrote to priya@example.com, see https://github.com/pn and @pnat, call +1 (555) 010-2030. Tomás agreed. Used OpenTelemetry 1.2.3.";
    const out = anonymiseEvidence(text, { candidates: ["Priya Natarajan"], interviewers: ["Tomás García"] });
    expect(out).toBe(
      "[candidate] answer impressed [interviewer]; [candidate] wrote to [email], see [link] and [handle], call [phone]. [interviewer] agreed. Used OpenTelemetry 1.2.3.",
    );
  });
  it("keeps words that are only coincidentally names when too short or common", () => {
    // The rating, where the writer named it, is the answer the trainee is asked for.
    expect(
      anonymiseEvidence("A solid Level 2 answer, close to L3; level-three on alerting. Lvl 1 at most on cost.", {
        candidates: [],
        interviewers: [],
      }),
    ).toBe("A solid [level] answer, close to [level]; [level] on alerting. [level] at most on cost.");
    expect(
      anonymiseEvidence("A lone engineer kept L10 logs at the level of detail we need; p99 fell 2 levels.", {
        candidates: [],
        interviewers: [],
      }),
    ).toBe("A lone engineer kept L10 logs at the level of detail we need; p99 fell 2 levels.");
    expect(anonymiseEvidence("Go and data pipelines", { candidates: ["Go Data"], interviewers: [] })).toBe(
      "Go and data pipelines",
    );
  });
});

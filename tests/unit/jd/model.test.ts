import { describe, expect, it } from "vitest";
import { analyseJobDescription, lineFlags, mapLine, MODEL, type Target } from "../../../lib/jd/analyse";
import { featureReason, featureWords, lineFeatures } from "../../../lib/jd/features";
import { contributions, predict, readModel, train, type Features } from "../../../lib/jd/model";
import { readLineDetailed } from "../../../lib/jd/read-line";
import { BACK_OFF_NONE_BELOW, classify } from "../../../lib/jd/classify";

const feats = (...names: string[]): Features => new Map(names.map((n) => [n, 1]));

describe("the model reader", () => {
  it("reads the shipped model: domain classes with 'none', levels 1-3, a threshold in [0, 1]", () => {
    expect(MODEL.domain.classes).toEqual(["none", "observability", "data-ml", "automation", "security-governance"]);
    expect(MODEL.level.classes).toEqual(["1", "2", "3"]);
    expect(MODEL.flagThreshold).toBeGreaterThan(0);
    expect(MODEL.flagThreshold).toBeLessThanOrEqual(1);
    expect(Object.keys(MODEL.domain.weights).length).toBeGreaterThan(100);
  });

  it("refuses what is not a complete model", () => {
    const good = JSON.parse(JSON.stringify(MODEL));
    expect(() => readModel(good)).not.toThrow();
    expect(() => readModel(null)).toThrow(/not an object/);
    expect(() => readModel({ ...good, version: 2 })).toThrow(/version/);
    expect(() => readModel({ ...good, domain: { ...good.domain, bias: [0] } })).toThrow(/domain/);
    expect(() => readModel({ ...good, level: { ...good.level, classes: ["1", "2"], bias: [0, 0] } })).toThrow(/level/);
    const badWeight = { ...good, level: { ...good.level, weights: { "w:x": [0, "a", 1] } } };
    expect(() => readModel(badWeight)).toThrow(/level/);
    expect(() => readModel({ ...good, flagThreshold: 2 })).toThrow(/flagThreshold/);
    expect(() => readModel({ ...good, flagThresholdWithoutCue: 1.5 })).toThrow(/flagThresholdWithoutCue/);
    expect(() => readModel({ ...good, inflation: { threshold: 2, withoutCue: null } })).toThrow(/inflation/);
    expect(() => readModel({ ...good, inflation: { threshold: 0.3 } })).toThrow(/inflation/);
    expect(readModel({ ...good, inflation: { threshold: 0.3, withoutCue: 0.5 } }).inflation).toEqual({
      threshold: 0.3,
      withoutCue: 0.5,
    });
    expect(readModel({ ...good, flagThresholdWithoutCue: null }).flagThresholdWithoutCue).toBeNull();
  });
});

describe("logistic regression", () => {
  const examples = [
    ...Array.from({ length: 6 }, () => ({ features: feats("w:kafka", "w:stream"), label: "data" })),
    ...Array.from({ length: 6 }, () => ({ features: feats("w:vault", "w:secret"), label: "sec" })),
  ];
  const model = train(examples, ["data", "sec"], { iterations: 100 });

  it("learns which class a feature points to, with probabilities that sum to one", () => {
    const p = predict(model, feats("w:kafka"));
    expect(p[0]).toBeGreaterThan(0.8);
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(predict(model, feats("w:vault"))[1]).toBeGreaterThan(0.8);
  });

  it("is deterministic and ignores features it never saw", () => {
    expect(train(examples, ["data", "sec"], { iterations: 100 })).toEqual(model);
    expect(predict(model, feats("w:unknown"))).toEqual(predict(model, new Map()));
  });

  it("names the features that pushed towards a class", () => {
    expect(contributions(model, feats("w:kafka", "w:vault"), "data").map((c) => c.name)).toEqual(["w:kafka"]);
  });
});

describe("line features", () => {
  const f = lineFeatures(
    readLineDetailed("Design Kafka streaming pipelines for the fraud models", { learned: null }).detail,
    {
      prior: "data-ml",
      junior: false,
    },
  );

  it("has the lemmas, a bigram, the asked verb and its object", () => {
    expect(f.get("w:kafka")).toBe(1);
    expect(f.get("w:pipeline")).toBe(1);
    expect(f.get("v:design")).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith("b:"))).toBe(true);
    expect([...f.keys()].some((k) => k.startsWith("vo:design_"))).toBe(true);
  });

  it("has the lexicon's evidence (a known tool's domain, its level cues) and the ad around the line", () => {
    expect(f.get("t:data-ml")).toBe(1);
    expect(f.get("lx:data-ml")).toBeGreaterThan(0);
    expect(f.get("cl:2")).toBe(1);
    expect(f.get("prior:data-ml")).toBe(1);
    expect(f.has("junior")).toBe(false);
  });

  it("has the section the line sits under and the levels the rest of the ad asks, only inside an ad", () => {
    const detail = readLineDetailed("Configure Grafana alerts", { learned: null }).detail;
    const inAd = lineFeatures(detail, { section: "does", adCues: [0.5, 0.5, 0] });
    expect(inAd.get("sec:does")).toBe(1);
    expect(inAd.get("adcue:1")).toBe(0.5);
    expect(inAd.get("adcue:2")).toBe(0.5);
    expect(inAd.has("adcue:3")).toBe(false);
    expect([...f.keys()].some((k) => k.startsWith("sec:") || k.startsWith("adcue:"))).toBe(false);
  });

  it("reads a scope-dependent verb with its scope: leading a migration of tools is not leading the organisation", () => {
    const of = (line: string) => lineFeatures(readLineDetailed(line, { learned: null }).detail);
    const system = of("Lead the migration from Graphite to Prometheus.");
    const org = of("Lead the adoption of SLOs across the company.");
    expect(system.get("v:lead@system")).toBe(1);
    expect(system.get("w:lead@system")).toBe(1);
    expect(system.has("v:lead") || system.has("w:lead")).toBe(false);
    expect(org.get("v:lead@org")).toBe(1);
    expect(f.get("v:design")).toBe(1); // other verbs are read as they are
    expect(featureWords("vo:lead@system_migration")).toBe("lead migration");
  });

  it("turns feature names into words for explanations", () => {
    expect(featureWords("w:kafka")).toBe("kafka");
    expect(featureWords("b:feature_store")).toBe("feature store");
    expect(featureWords("lx:data-ml")).toBeNull();
  });

  it("puts every kind of evidence in plain words for a level read without a cue, and leaves out what says nothing", () => {
    expect(featureReason("w:terraform")).toBe('"terraform"');
    expect(featureReason("b:working_knowledge")).toBe('"working knowledge"');
    expect(featureReason("sec:brings")).toBe("its section (what the person brings)");
    expect(featureReason("sec:does")).toBe("its section (the role's work)");
    expect(featureReason("adcue:1")).toBe("the levels the ad's other lines ask");
    expect(featureReason("junior")).toBe("an entry-level title");
    expect(featureReason("optional")).toBe("a nice-to-have");
    expect(featureReason("t:automation")).toBe("the automation & integration terms it names");
    expect(featureReason("ctx:observability")).toBe("the heading over it");
    expect(featureReason("prior:data-ml")).toBe("the ad's main domain");
    for (const n of ["cl:none", "v:none", "long", "sec:none", "lxtop:none"]) expect(featureReason(n)).toBeNull();
  });
});

describe("a line whose level no cue gives", () => {
  it("carries the evidence the level model weighed most, in plain words; a cued line carries none", () => {
    const m = mapLine("Prometheus, Loki and Tempo.");
    expect(m.levelBasis).toBe("learned");
    expect(m.levelEvidence?.length).toBeGreaterThan(0);
    expect(m.levelEvidence!.length).toBeLessThanOrEqual(3);
    expect(mapLine("Design Prometheus, Loki and Tempo pipelines.").levelEvidence).toBeUndefined();
  });
});

describe("a line read by the model explains itself", () => {
  it("gives matched words, a level reason and a confidence", () => {
    const m = mapLine("Configure Grafana dashboards and Prometheus alerts for the services you own.");
    expect(m.domain).toBe("observability");
    expect(m.matched.join(" ")).toMatch(/Grafana|Prometheus/);
    expect(m.levelReason).not.toBe("");
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.probabilities?.level.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });
});

describe("a line with a Level 3 cue that the domain model reads as no domain", () => {
  // A model with biases only: every line gets the same probabilities, P(none) = pNone and the rest
  // spread 1 : 1 : 3 : 1 over observability, data-ml, automation, security and governance.
  const modelWith = (pNone: number) => {
    const rest = (1 - pNone) / 6;
    return {
      ...MODEL,
      domain: {
        classes: MODEL.domain.classes,
        bias: [pNone, rest, rest, 3 * rest, rest].map(Math.log),
        weights: {},
      },
      level: { classes: MODEL.level.classes, bias: [0.05, 0.15, 0.8].map(Math.log), weights: {} },
    };
  };
  const read = (line: string, pNone: number) => {
    const r = readLineDetailed(line, { learned: null });
    return classify(line, r.mapped, r.detail, modelWith(pNone), {});
  };
  const strategic = "Decide for the whole network which changes happen through code and which stay manual";

  it("takes its closest domain when 'none' is less likely than the domains together, with their probabilities renormalised", () => {
    expect(readLineDetailed(strategic, { learned: null }).detail.cueLevel).toBe(3);
    const m = read(strategic, BACK_OFF_NONE_BELOW - 0.05);
    expect([m.domain, m.level]).toEqual(["automation", 3]);
    expect(m.probabilities?.domain).toBeCloseTo(0.5, 6);
    const domains = Object.values(m.probabilities!.domains!);
    expect(domains.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });

  it("stays without a domain when 'none' is the majority, or when the line's cue is not Level 3", () => {
    expect(read(strategic, BACK_OFF_NONE_BELOW + 0.05).domain).toBeNull();
    const configure = "Configure the alert rules the team asks for";
    expect(readLineDetailed(configure, { learned: null }).detail.cueLevel).not.toBe(3);
    expect(read(configure, BACK_OFF_NONE_BELOW - 0.05).domain).toBeNull();
  });
});

describe("the role's targets", () => {
  it("are no feature of either model: a line reads the same against any role, and only its flags differ", () => {
    const line = "Establishes explainability and audit requirements so operators can see why a model raised an alert.";
    const text = `## Requirements\n- ${line}\n`;
    const role = (t: [Target, Target, Target, Target]) => ({
      title: "AIOps Engineer",
      targets: { observability: t[0], "data-ml": t[1], automation: t[2], "security-governance": t[3] } as const,
    });
    // The matrix's data-ml Level 3 cell with "audit" added: Level 3, torn between data-ml (the cell's
    // domain) and security and governance (which of the two wins has changed with refits), so it is
    // surely inflated only where both are targeted at Level 1.
    const low = analyseJobDescription(text, role([2, 1, 2, 1])).lines[0]!;
    const high = analyseJobDescription(text, role([1, 3, 1, 3])).lines[0]!;
    expect(low.level).toBe(3);
    expect(["data-ml", "security-governance"]).toContain(low.domain);
    expect(
      low.probabilities!.domains!["data-ml"]! + low.probabilities!.domains!["security-governance"]!,
    ).toBeGreaterThan(0.9);
    expect([high.domain, high.level, high.confidence]).toEqual([low.domain, low.level, low.confidence]);
    expect(low.flags.map((f) => f.kind)).toContain("inflation");
    expect(high.flags.map((f) => f.kind)).not.toContain("inflation");
    expect(Object.keys(MODEL.domain.weights).some((n) => n.startsWith("tg:"))).toBe(false);
  });
});

describe("the shipped model", () => {
  it("is current: lib/jd/model-data.json is what `npm run jd:learn` fits from the matrix and the learnable sets", async () => {
    const { LEARNABLE_DIRS, loadCorpus } = await import("../../../scripts/jd-learning-lines");
    const { docExamples, fit, matrixExamples } = await import("../../../scripts/jd-model-training");
    const docs = LEARNABLE_DIRS.flatMap((d) => loadCorpus(d) ?? []);
    const model = fit(docs.map(docExamples), matrixExamples(), {
      flagThreshold: MODEL.flagThreshold,
      flagThresholdWithoutCue: MODEL.flagThresholdWithoutCue,
      inflation: MODEL.inflation,
      levelWeights: MODEL.levelWeights,
    });
    expect(JSON.parse(JSON.stringify(model))).toEqual(MODEL);
  }, 300_000); // a full refit: about 1 min alone, several when the suite shares the machine
});

describe("flags from the model's probabilities", () => {
  const targets = { observability: 2, "data-ml": 0, automation: 0, "security-governance": 0 } as const;
  const line = (domain: number, level: [number, number, number]) =>
    ({
      ...mapLine("Configure Grafana alert rules."),
      level: 1,
      levelBasis: "explicit",
      probabilities: { domain, level },
      optional: false,
    }) as const;

  it("flags a line below the target only when P(domain) x P(level below) reaches the threshold", () => {
    expect(lineFlags(line(0.95, [0.9, 0.08, 0.02]), targets, 2, [], 0.6).map((f) => f.kind)).toContain("deflation");
    expect(lineFlags(line(0.6, [0.9, 0.08, 0.02]), targets, 2, [], 0.6).map((f) => f.kind)).not.toContain("deflation");
    expect(lineFlags(line(0.95, [0.5, 0.45, 0.05]), targets, 2, [], 0.6).map((f) => f.kind)).not.toContain("deflation");
  });

  it("with every domain's probability, sums P(domain) x P(level beyond that domain's target) over the domains", () => {
    const both = { observability: 1, "data-ml": 0, automation: 1, "security-governance": 3 } as const;
    const torn = (domains: Record<keyof typeof both, number>) => {
      const level: [number, number, number] = [0.05, 0.9, 0.05];
      return {
        ...line(domains.observability, level),
        level: 2 as const,
        probabilities: { domain: domains.observability, level, domains },
      };
    };
    // Torn between two domains that both target Level 1: surely above either (0.95 x 0.95), though
    // neither domain alone reaches the threshold.
    const sameTarget = torn({ observability: 0.5, "data-ml": 0, automation: 0.45, "security-governance": 0.05 });
    expect(lineFlags(sameTarget, both, 2, [], 0.8).map((f) => f.kind)).toContain("inflation");
    expect(
      lineFlags(
        { ...sameTarget, probabilities: { ...sameTarget.probabilities, domains: undefined } },
        both,
        2,
        [],
        0.8,
      ),
    ).toEqual([]);
    // Torn between a Level 1 and a Level 3 target: Level 2 is above one and below the other, so no flag.
    const otherTarget = torn({ observability: 0.5, "data-ml": 0, automation: 0, "security-governance": 0.5 });
    expect(lineFlags(otherTarget, both, 2, [], 0.6).map((f) => f.kind)).not.toContain("inflation");
  });

  it("trains with example weights: a heavier example pulls the fit its way", () => {
    const ex = (label: string, weight: number) => ({ features: feats("w:alert"), label, weight });
    const even = predict(train([ex("obs", 1), ex("sec", 1)], ["obs", "sec"], { iterations: 50 }), feats("w:alert"));
    const heavy = predict(train([ex("obs", 3), ex("sec", 1)], ["obs", "sec"], { iterations: 50 }), feats("w:alert"));
    expect(even[0]).toBeCloseTo(0.5, 3);
    expect(heavy[0]).toBeGreaterThan(0.6);
  });

  it("flags a line above the target under inflation's own pair when it has one, and deflation under the other", () => {
    const up = { ...line(0.95, [0.5, 0.5, 0]), level: 2 as const };
    const low = { observability: 1, "data-ml": 0, automation: 0, "security-governance": 0 } as const;
    // P(above Level 1) = 0.95 x 0.5: under the shared 0.6, over inflation's own 0.4.
    expect(lineFlags(up, low, 2, [], 0.6).map((f) => f.kind)).toEqual([]);
    expect(lineFlags(up, low, 2, [], 0.6, null, { threshold: 0.4, withoutCue: null }).map((f) => f.kind)).toEqual([
      "inflation",
    ]);
    // A line below the target keeps the deflation pair, whatever inflation's is.
    const down = line(0.95, [0.55, 0.45, 0]);
    expect(lineFlags(down, targets, 2, [], 0.6, null, { threshold: 0.1, withoutCue: null })).toEqual([]);
    expect(lineFlags(down, targets, 2, [], 0.5, null, { threshold: 0.9, withoutCue: null }).map((f) => f.kind)).toEqual(
      ["deflation"],
    );
  });

  it("says a flag read without a cue below half sure may ask more, and why the figure is low", () => {
    const both = { observability: 1, "data-ml": 0, automation: 2, "security-governance": 0 } as const;
    const level: [number, number, number] = [0.1, 0.9, 0];
    const torn = {
      ...line(0.4, level),
      level: 2 as const,
      levelBasis: "learned" as const,
      probabilities: {
        domain: 0.4,
        level,
        domains: { observability: 0.4, "data-ml": 0, automation: 0.6, "security-governance": 0 },
      },
    };
    const flags = lineFlags(torn, both, 2, [], 0.5, 0.5, { threshold: 0.25, withoutCue: 0.25 });
    expect(flags.map((f) => f.kind)).toEqual(["inflation"]);
    expect(flags[0]!.message).toMatch(
      /asked Level 2, so it may ask more than Level 1 \(36%: the line could also belong to a domain where it would not\)$/,
    );
    expect(flags[0]!.message).not.toMatch(/sure/);
  });

  it("never flags a level the sentence gives no cue for without a threshold of its own for such lines", () => {
    const l = { ...line(0.99, [0.99, 0.01, 0]), levelBasis: "learned" as const };
    expect(lineFlags(l, targets, 2, [], 0.1)).toEqual([]);
    expect(lineFlags(l, targets, 2, [], 0.1, null)).toEqual([]);
  });

  it("flags a level read without a cue under its own threshold, and names the evidence and how sure", () => {
    const l = {
      ...line(0.99, [0.9, 0.1, 0]),
      levelBasis: "learned" as const,
      levelEvidence: ['"familiarity"', "its section (what the person brings)"],
    };
    const flags = lineFlags(l, targets, 2, [], 0.6, 0.85);
    expect(flags.map((f) => f.kind)).toEqual(["deflation"]);
    expect(flags[0]!.message).toMatch(
      /^Asks only Level 1 .* No word in it says how much, but lines worded like it \("familiarity", its section \(what the person brings\)\) asked Level 1: 89% sure it asks less than Level 2$/,
    );
    // Its own threshold, not the cued lines' one: 0.891 passes 0.6 but not 0.9.
    expect(lineFlags(l, targets, 2, [], 0.6, 0.9)).toEqual([]);
    // A cued line at the same probabilities is flagged under the cued threshold, with no such explanation.
    const cued = lineFlags({ ...l, levelBasis: "explicit" }, targets, 2, [], 0.6, 0.9);
    expect(cued.map((f) => f.kind)).toEqual(["deflation"]);
    expect(cued[0]!.message).not.toMatch(/No word/);
    expect(
      lineFlags({ ...l, probabilities: { domain: 0.5, level: [0.99, 0.01, 0] } }, targets, 2, [], 0.6, 0.6),
    ).toEqual([]);
    // A default Level 2 (no model reading at all) is never checked.
    expect(lineFlags({ ...l, levelBasis: "default", probabilities: undefined }, targets, 2, [], 0.1, 0.1)).toEqual([]);
  });
});

describe("the flag thresholds chosen by cross-validation", () => {
  const rates = (flagged: number, falseFlags: number) => ({
    inflated: 50,
    inflatedFlagged: flagged / 2,
    deflated: 50,
    deflatedFlagged: flagged / 2,
    aligned: 100,
    alignedFalselyFlagged: falseFlags,
    alignedFalselyInflated: falseFlags / 2,
    alignedFalselyDeflated: falseFlags / 2,
  });
  it("catch the most mismatches within 4% false flags, the stricter of equals; lines without a cue only when that helps", async () => {
    const { chooseThresholds, pairKey, THRESHOLDS, MAX_CV_FALSE_FLAGS } =
      await import("../../../scripts/jd-model-training");
    expect(MAX_CV_FALSE_FLAGS).toBe(0.04);
    const flags = new Map(THRESHOLDS.map((t) => [t, t < 0.6 ? rates(80, 3) : rates(70, 1)]));
    const pairs = new Map<string, ReturnType<typeof rates>>();
    for (const t of THRESHOLDS)
      for (const t2 of THRESHOLDS.filter((x) => x >= t))
        pairs.set(pairKey(t, t2), t2 < 0.8 ? rates(84, 7) : t2 < 0.95 ? rates(82, 4) : rates(80, 3));
    // 84% at 7% false flags is out; 82% at 4% is the most within, and 0.9 / 0.9 the strictest such pair.
    expect(chooseThresholds({ flags, flagsWithoutCue: pairs })).toEqual({
      flagThreshold: 0.9,
      flagThresholdWithoutCue: 0.9,
      inflation: { threshold: 0.9, withoutCue: 0.9 },
    });
    // When flagging lines without a cue never stays within the limit, they are never flagged.
    const none = new Map([...pairs].map(([k]) => [k, rates(84, 7)]));
    expect(chooseThresholds({ flags, flagsWithoutCue: none })).toEqual({
      flagThreshold: 0.55,
      flagThresholdWithoutCue: null,
      inflation: { threshold: 0.55, withoutCue: null },
    });
    // When nothing stays within it, recall minus three times the false flags decides.
    const loud = new Map(THRESHOLDS.map((t) => [t, t < 0.6 ? rates(96, 9) : rates(60, 6)]));
    expect(chooseThresholds({ flags: loud, flagsWithoutCue: none })).toEqual({
      flagThreshold: 0.55,
      flagThresholdWithoutCue: null,
      inflation: { threshold: 0.55, withoutCue: null },
    });
  });

  it("pick each side's thresholds on its own: a loose one where readings above the target are seldom wrong, a strict one where readings below are", async () => {
    const { chooseThresholds, THRESHOLDS } = await import("../../../scripts/jd-model-training");
    // At 0.3 and below: inflation 48/50 at 1 false flag, deflation 48/50 at 6; above 0.3: 40/50 at 1 each.
    const loose = (t: number) => t <= 0.3;
    const flags = new Map(
      THRESHOLDS.map((t) => [
        t,
        {
          inflated: 50,
          inflatedFlagged: loose(t) ? 48 : 40,
          deflated: 50,
          deflatedFlagged: loose(t) ? 48 : 40,
          aligned: 100,
          alignedFalselyInflated: 1,
          alignedFalselyDeflated: loose(t) ? 6 : 1,
          alignedFalselyFlagged: loose(t) ? 7 : 2,
        },
      ]),
    );
    // One threshold for both sides: 96% at 7% false flags is out, so 80% at 2%. Each its own: 88% at 2%.
    expect(chooseThresholds({ flags, flagsWithoutCue: new Map() })).toEqual({
      flagThreshold: 1,
      flagThresholdWithoutCue: null,
      inflation: { threshold: 0.3, withoutCue: null },
    });
  });
});

import { describe, expect, it } from "vitest";
import { analyseJobDescription, LEARNED, mapLine } from "../../../lib/jd/analyse";
import { learn, learnExtraDomain } from "../../../lib/jd/learned";
import { splitRequirementItems } from "../../../lib/jd/split";
import { learningLines, matrixLines } from "../../../scripts/jd-learning-lines";

describe("learned word associations (the lexicon-only reading's back-off)", () => {
  it("are current: lib/jd/learned-data.json is what `npm run jd:learn` writes from the matrix and the labelled sets", () => {
    expect(JSON.parse(JSON.stringify(learn(learningLines())))).toEqual(LEARNED);
  });

  it("fill in a word the vocabulary does not know, and say so", () => {
    const learned = learn([
      { line: "Tune the foobarizer and the quuxtron.", domain: "data-ml", level: 2 },
      { line: "Own the foobarizer and the quuxtron.", domain: "data-ml", level: 2 },
    ]);
    const line = "Foobarizer and quuxtron quirks.";
    expect(mapLine(line, undefined, { learned: null, model: null }).domain).toBeNull();
    const m = mapLine(line, undefined, { learned, model: null });
    expect(m.domain).toBe("data-ml");
    expect(m.matched.map((w) => w.toLowerCase())).toEqual(["foobarizer", "quuxtron"]);
    // One learned word alone is not enough to name a domain.
    expect(mapLine("Foobarizer quirks.", undefined, { learned, model: null }).domain).toBeNull();
  });
});

describe("a domain the organisation adds", () => {
  const indicators = [
    "Runs the incident command role during a major outage and keeps a timeline.",
    "Writes blameless postmortems with contributing factors and action items.",
    "Coordinates stakeholder communication and status pages during incidents.",
    "Establishes the incident command process and severity definitions for the organisation.",
  ];
  const extra = learnExtraDomain(
    "incident-response",
    "Incident response",
    indicators,
    matrixLines().map((l) => l.line),
  );

  it("gets a vocabulary learned from its matrix indicators", () => {
    expect(Object.keys(extra.words)).toEqual(expect.arrayContaining(["incident", "response", "command", "severity"]));
    expect(extra.words.design).toBeUndefined(); // the built-in domains use it as much
  });

  it("maps a line its words describe, with a level read as usual", () => {
    const m = mapLine(
      "Act as incident commander and set severity definitions for the incident command process.",
      undefined,
      {
        extraDomains: [extra],
      },
    );
    expect(m).toMatchObject({ domain: null, extraDomain: "incident-response" });
    expect(m.level).not.toBeNull();
    const a = analyseJobDescription(
      "## Requirements\n- Lead incident command during major outages and keep the timeline.\n",
      { title: "", targets: { observability: 0, "data-ml": 0, automation: 0, "security-governance": 0 } },
      { extraDomains: [extra] },
    );
    expect(a.lines[0]?.extraDomain).toBe("incident-response");
    expect(a.lines[0]?.flags.map((f) => f.kind)).not.toContain("vague");
  });
});

describe("inline nice-to-have", () => {
  it("splits a bullet at 'Nice to have:' and marks the rest optional", () => {
    const items = splitRequirementItems(
      "## Requirements\n- Implement canary releases with automatic rollback. Nice to have: experience with Argo Rollouts.\n- Kafka experience is a plus.\n",
    );
    expect(items.map((i) => [i.text, i.optional])).toEqual([
      ["Implement canary releases with automatic rollback.", false],
      ["Nice to have: experience with Argo Rollouts.", true],
      ["Kafka experience is a plus.", false],
    ]);
    const a = analyseJobDescription("## Requirements\n- Build CI/CD pipelines.\n- Kafka experience is a plus.\n", {
      title: "",
      targets: { observability: 0, "data-ml": 1, automation: 2, "security-governance": 0 },
    });
    expect(a.lines[1]?.optional).toBe(true); // "is a plus" marks the line itself
  });
});

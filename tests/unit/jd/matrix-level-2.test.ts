import { describe, expect, it } from "vitest";
import { mapLine } from "@/lib/jd/analyse";
import { MATRIX_LEVEL_2 } from "@/lib/jd/level-cues";

// The lexicon and rules alone, without the learned models, so the rule itself is under test.
const lexicon = (line: string) => mapLine(line, undefined, { learned: null, model: null }).level;

describe("Level 2 work the matrix names, asked with a Level 1 verb", () => {
  it.each(MATRIX_LEVEL_2.plainAttacks.map((p) => p.replace(/\*$/, "")))(
    "checking whether a model can be attacked (%s): Level 2",
    (attack) => expect(lexicon(`Check the routing model for ${attack} before each release.`)).toBe(2),
  );

  it.each([
    "Check whether someone could fool the weather model on purpose, or pull customer data out of it",
    "Look at whether the demand model could be fed false readings",
  ])("in plain words: %s → Level 2", (line) => expect(lexicon(line)).toBe(2));

  it("an attack word without a model stays where the verb puts it", () =>
    expect(lexicon("Check the dashboards for false readings after each release.")).toBe(1));

  it.each(MATRIX_LEVEL_2.scopedAccess)("configuring %s: Level 2, not a rule for others", (access) =>
    expect(lexicon(`Configure in Keycloak ${access} the dashboards, team by team.`)).toBe(2),
  );

  it.each([
    ["Follow the rules on who may see customer data.", 1],
    ["Apply the access rules of our systems: who may see client payments.", 1],
    ["Decide which teams may see the raw logs.", 3],
  ] as const)("following, applying or deciding access: %s → Level %i", (line, want) =>
    expect(lexicon(line)).toBe(want),
  );

  it.each([
    "Explain to the control room why one missed fouling alarm costs more than three false ones",
    "Explain to the shift leads the cost of false alarms against missed outages",
    "Check with the on-call team whether fewer false pages are worth one missed incident",
  ])("false alarms weighed against misses: %s → Level 2", (line) => expect(lexicon(line)).toBe(2));

  it("one side alone is not the trade-off", () =>
    expect(lexicon("Explain to the shift leads what a false alarm is.")).toBe(1));
});

describe("more Level 2 cells in everyday words", () => {
  it.each([
    "Set up roles so that each port client sees only its own lights on the status map",
    "Give each team its own view of the telemetry and nothing more",
  ])("each team only its own: %s → Level 2", (line) => expect(lexicon(line)).toBe(2));

  it("a store nobody can change afterwards is a tamper-evident log", () =>
    expect(
      lexicon("Store the log of every admin action on the ballot service so that nobody can change it afterwards"),
    ).toBe(2));

  it("a plain log stays a record", () =>
    expect(lexicon("Keep the log of every admin action on the ballot service up to date")).toBe(1));

  it.each([
    "Find out when the real servers differ from the Terraform code",
    "Check every night where the infrastructure has drifted from what is declared in Git",
  ])("drift from the code: %s → Level 2", (line) => expect(lexicon(line)).toBe(2));

  it("a notebook's marker drift is not infrastructure drift", () =>
    expect(lexicon("Reproduce the results of the marker-drift notebook from the versioned data and code.")).toBe(1));
});

// Level 3 read from whom the sentence acts on: getting other people to change how they work, and
// answering to the organisation's leadership. Each word list entry has a case, and each rule a
// neighbouring sentence that must not fire.
import { describe, expect, it } from "vitest";
import { mapLine } from "../../../lib/jd/analyse";
import { adoptionAsk, reportsToLeadership } from "../../../lib/jd/leadership";
import { ADOPTION, LEADERSHIP } from "../../../lib/jd/level-cues";
import { tokenize } from "../../../lib/jd/nlp";

/** The lexicon alone: no learned associations, no models. */
const lexicon = (line: string) => mapLine(line, undefined, { learned: null, model: null });
const adoption = (line: string) => adoptionAsk(tokenize(line));
const leadership = (line: string) => reportsToLeadership(tokenize(line));

describe("getting other people to change how they work", () => {
  it.each(ADOPTION.causes)("%s + a group + to + what they do", (verb) => {
    const line = `${verb[0]!.toUpperCase()}${verb.slice(1)} the warehouse teams to adopt the shared deploy pipeline.`;
    expect(adoption(line)?.kind).toBe("adoption");
  });

  it.each(ADOPTION.people)("a group of people: %s", (who) =>
    expect(adoption(`Get the ${who} to use the signed pipeline templates by default.`)).not.toBeNull(),
  );

  it.each(ADOPTION.adopt)("what they are to do: %s", (act) =>
    expect(adoption(`Get the on-call engineers to ${act} the new remediation jobs.`)).not.toBeNull(),
  );

  it("'make' takes the bare verb", () =>
    expect(adoption("Make the three on-call squads actually trust the automatic restarts.")).not.toBeNull());

  it("moving people onto something is adoption too", () =>
    expect(adoption("Bring all terminal teams onto the shared platform and count who moved.")).not.toBeNull());

  it.each([
    "Make sure the restart jobs use their own narrow accounts.",
    "Get the logs of the tills into one schema.",
    "Bring the dashboards to the new cluster before the peak season.",
    "Get access to the teams' dashboards from the first day.",
  ])("not adoption: %s", (line) => expect(adoption(line)).toBeNull());

  it("reads Level 3 although its verbs are Level 1 words, and says why", () => {
    const m = lexicon(
      "Get the plant software teams to use the signed pipeline templates, and follow how many have moved.",
    );
    expect(m.level).toBe(3);
    expect(m.levelReason).toMatch(/gets other people to change how they work/);
  });
});

describe("answering to the organisation's leadership", () => {
  it.each(LEADERSHIP.verbs.filter((v) => v !== "answer"))("%s something to the board", (verb) =>
    expect(
      leadership(`${verb[0]!.toUpperCase()}${verb.slice(1)} the yearly reliability figures to the board.`)?.kind,
    ).toBe("leadership"),
  );

  it("answer to the leadership for an outcome", () =>
    expect(
      leadership("You answer to the executive committee for whether the models cut outage minutes."),
    ).not.toBeNull());

  it.each(LEADERSHIP.audience)("an audience: %s", (who) =>
    expect(leadership(`Report to the ${who} how the detectors move our availability.`)).not.toBeNull(),
  );

  it.each(LEADERSHIP.content)("what is reported, after the audience: %s", (word) =>
    expect(leadership(`Report to the board ${word} the quality of the detectors.`)).not.toBeNull(),
  );

  it.each([
    "You will report to the CTO.",
    "You will report to the CTO and work with the data team.",
    "Explain to management what a percentile is.",
    "Report incidents to the on-call lead.",
    "You answer to the CTO.",
  ])("not answering to the leadership: %s", (line) => expect(leadership(line)).toBeNull());

  it("reads Level 3 although 'report' alone reads lower, and says why", () => {
    const m = lexicon("Report to the CTO every quarter whether the detectors move our availability targets.");
    expect(m.level).toBe(3);
    expect(m.levelReason).toMatch(/answers to the organisation's leadership/);
  });
});

// Line-level three-way merge of a free text edited in two tabs (lib/scorecards/text-merge.ts).
import { describe, expect, it } from "vitest";
import { mergeText } from "@/lib/scorecards/text-merge";
import { mergeScorecards } from "@/lib/scorecards/merge";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { rng } from "../setup/random";

const base = "Walked through the outage timeline.\nNamed the alert that fired late.\nProposed an SLO for the queue.";

describe("mergeText", () => {
  it("keeps a one-sided change, and the same change made twice once", () => {
    const edited = base.replace("late", "forty minutes late");
    expect(mergeText(base, edited, base)).toBe(edited);
    expect(mergeText(base, base, edited)).toBe(edited);
    expect(mergeText(base, edited, edited)).toBe(edited);
  });

  it("merges changes to different lines: an edit in one tab, a line added in the other", () => {
    const mine = base.replace("Walked through", "Calmly walked through");
    const theirs = `${base}\nAsked good questions about error budgets.`;
    expect(mergeText(base, mine, theirs)).toBe(
      "Calmly walked through the outage timeline.\nNamed the alert that fired late.\nProposed an SLO for the queue.\nAsked good questions about error budgets.",
    );
  });

  it("merges a line removed in one tab with a line changed in the other", () => {
    const mine = base.replace("Named the alert that fired late.\n", "");
    const theirs = base.replace("an SLO", "a 99.9% SLO");
    expect(mergeText(base, mine, theirs)).toBe(
      "Walked through the outage timeline.\nProposed a 99.9% SLO for the queue.",
    );
  });

  it("refuses to guess where both tabs changed the same line, or added text at the same place", () => {
    expect(mergeText(base, base.replace("late", "very late"), base.replace("late", "on time"))).toBeNull();
    expect(mergeText(base, `${base}\nmine`, `${base}\ntheirs`)).toBeNull();
    expect(mergeText("", "typed here", "typed there")).toBeNull();
    // One tab removed a line the other changed.
    expect(
      mergeText(base, base.replace("Named the alert that fired late.\n", ""), base.replace("late", "early")),
    ).toBeNull();
  });

  it("on random texts: edits to lines two apart always merge into both edits; edits to one line never do", () => {
    const rand = rng(20261207);
    for (let run = 0; run < 500; run++) {
      const lines = Array.from({ length: 3 + Math.floor(rand() * 8) }, (_, i) => `line ${i} ${rand().toFixed(3)}`);
      const i = Math.floor(rand() * (lines.length - 2));
      const j = i + 2 + Math.floor(rand() * (lines.length - i - 2));
      const edit = (at: number, text: string) => lines.map((l, k) => (k === at ? text : l));
      const both = lines.map((l, k) => (k === i ? "mine" : k === j ? "theirs" : l));
      expect(mergeText(lines.join("\n"), edit(i, "mine").join("\n"), edit(j, "theirs").join("\n"))).toBe(
        both.join("\n"),
      );
      expect(mergeText(lines.join("\n"), edit(i, "mine").join("\n"), edit(i, "theirs").join("\n"))).toBeNull();
    }
  });
});

describe("mergeScorecards with texts", () => {
  const card = (evidence: string, privateNote = ""): ScorecardValues => ({
    scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: [] }],
    recommendation: "",
    privateNote,
  });

  it("merges evidence both tabs changed on different lines, without a conflict", () => {
    const mine = card(base.replace("Walked", "Calmly walked"), "note from the laptop");
    const theirs = card(`${base}\nAsked about error budgets.`);
    const { merged, conflicts, fromTheirs } = mergeScorecards(card(base), mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.scores[0]!.evidence).toBe(
      "Calmly walked through the outage timeline.\nNamed the alert that fired late.\nProposed an SLO for the queue.\nAsked about error budgets.",
    );
    expect(merged.privateNote).toBe("note from the laptop");
    expect(fromTheirs).toEqual([{ kind: "evidence", domainId: "d1" }]);
  });

  it("still asks when both changed the same line of the evidence", () => {
    const { conflicts } = mergeScorecards(card(base), card(`${base} Mine.`), card(`${base} Theirs.`));
    expect(conflicts).toEqual([{ kind: "evidence", domainId: "d1" }]);
  });
});

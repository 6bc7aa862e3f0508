import { describe, expect, it } from "vitest";
import { textDifference } from "@/lib/scorecards/text-difference";

const marked = (segments: { text: string; differs: boolean }[]) => segments.filter((s) => s.differs).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("textDifference", () => {
  it("marks on each side the words only it has, and each side still reads as its whole text", () => {
    const mine = "Explained retries with jitter and a circuit breaker.";
    const theirs = "Explained retries with backoff and a circuit breaker.";
    const d = textDifference(mine, theirs)!;
    expect(joined(d.mine)).toBe(mine);
    expect(joined(d.theirs)).toBe(theirs);
    expect(marked(d.mine)).toEqual(["jitter"]);
    expect(marked(d.theirs)).toEqual(["backoff"]);
  });

  it("marks a sentence one side added and nothing on the other", () => {
    const theirs = "Good on SLOs.";
    const mine = "Good on SLOs. Weak on error budgets.";
    const d = textDifference(mine, theirs)!;
    expect(marked(d.mine).join("")).toBe(" Weak on error budgets.");
    expect(marked(d.theirs)).toEqual([]);
  });

  it("keeps line breaks and non-Latin text intact", () => {
    const mine = "שלב ראשון\nretries: yes";
    const theirs = "שלב ראשון\nretries: no";
    const d = textDifference(mine, theirs)!;
    expect(joined(d.mine)).toBe(mine);
    expect(marked(d.mine)).toEqual(["yes"]);
  });

  it("says nothing when the texts are equal, one is empty, or they share no words", () => {
    expect(textDifference("same", "same")).toBeNull();
    expect(textDifference("", "something")).toBeNull();
    expect(textDifference("something", "   ")).toBeNull();
    expect(textDifference("alpha beta", "gamma delta")).toBeNull();
  });

  it("marks one changed word in evidence at the field's full length", () => {
    const sentence = "Walked through the incident timeline, the paging policy and the rollback. ";
    const theirs = sentence.repeat(80).slice(0, 5_990);
    const mine = theirs.replace("paging policy", "escalation policy");
    const d = textDifference(mine, theirs)!;
    expect(marked(d.mine)).toEqual(["escalation"]);
    expect(marked(d.theirs)).toEqual(["paging"]);
  });

  it("gives up, rather than hanging, on two long texts that differ everywhere", () => {
    const words = (seed: number) => Array.from({ length: 3_000 }, (_, i) => `w${(i * seed) % 997}`).join(" ");
    const started = performance.now();
    const d = textDifference(words(7), words(13));
    expect(performance.now() - started).toBeLessThan(2_000); // gives up after 150 ms (a loose bound: CI is slow)
    if (d) expect(joined(d.mine)).toBe(words(7));
  });
});

import { describe, expect, it } from "vitest";
import {
  INCLUSIVE_PACKAGES,
  InclusiveLanguageUnavailableError,
  inclusiveLanguageWarnings,
  type InclusiveModules,
} from "../../../lib/jd/inclusive";

/** A stand-in for unified that records the pipeline and returns canned vfile messages. */
function fakeModules(messages: object[]) {
  const used: { plugin: unknown; options: unknown }[] = [];
  const processor = {
    use(plugin: unknown, options?: unknown) {
      used.push({ plugin, options });
      return processor;
    },
    process: async () => ({ messages }),
  };
  // Only what inclusive.ts calls (use, process); plugins are names the test can compare.
  const modules = {
    unified: () => processor,
    retextEnglish: "english",
    retextEquality: "equality",
    retextProfanities: "profanities",
    retextStringify: "stringify",
  } as unknown as InclusiveModules;
  return { used, load: async () => modules };
}

describe("inclusiveLanguageWarnings", () => {
  it("runs english -> equality -> profanities -> stringify and maps vfile messages to line, column and rule, in reading order", async () => {
    const fake = fakeModules([
      { reason: "Unexpected potentially insensitive use of `man`", line: 2, column: 5, ruleId: "gals-man" },
      { reason: "Unexpected potentially insensitive use of `He`", line: 1, column: 1, ruleId: "he-she" },
    ]);
    const warnings = await inclusiveLanguageWarnings("He will lead.\nWe man the desk.", {
      load: fake.load,
      ignore: ["just"],
    });
    expect(fake.used).toEqual([
      { plugin: "english", options: undefined },
      { plugin: "equality", options: { ignore: ["host", "hosts", "sexual", "just"] } },
      { plugin: "profanities", options: { ignore: ["host", "hosts", "sexual", "just"], sureness: 1 } },
      { plugin: "stringify", options: undefined },
    ]);
    expect(warnings).toEqual([
      { message: "Unexpected potentially insensitive use of `He`", line: 1, column: 1, ruleId: "he-she" },
      { message: "Unexpected potentially insensitive use of `man`", line: 2, column: 5, ruleId: "gals-man" },
    ]);
  });

  it("fills in missing positions and rule ids rather than returning undefined", async () => {
    const fake = fakeModules([
      { message: "Something", line: null, column: null, ruleId: null, source: "retext-equality" },
    ]);
    expect(await inclusiveLanguageWarnings("x", { load: fake.load })).toEqual([
      { message: "Something", line: 1, column: 1, ruleId: "retext-equality" },
    ]);
  });

  it("rejects with a typed error naming the packages when they cannot be loaded", async () => {
    const err = await inclusiveLanguageWarnings("x", {
      load: () => Promise.reject(new Error("Cannot find package 'unified'")),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InclusiveLanguageUnavailableError);
    for (const p of INCLUSIVE_PACKAGES) expect((err as Error).message).toContain(p);
  });

  it("uses retext-equality when installed, and otherwise says what to install", async () => {
    try {
      const warnings = await inclusiveLanguageWarnings("The chairman will review it.");
      expect(warnings.some((w) => w.ruleId.startsWith("chairman"))).toBe(true);
    } catch (err) {
      expect(err).toBeInstanceOf(InclusiveLanguageUnavailableError);
    }
  });
});

describe("retext-profanities", () => {
  it("is part of the pipeline and catches profanity, not words that are rarely profane", async () => {
    const warnings = await inclusiveLanguageWarnings("Fix this damn pipeline.");
    expect(warnings.some((w) => /damn/i.test(w.message))).toBe(true);
    expect(
      await inclusiveLanguageWarnings(
        "Alert on job failure; we welcome people of any sexual orientation; the hosts the platform runs on.",
      ),
    ).toEqual([]);
  });
});

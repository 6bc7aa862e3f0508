import { describe, expect, it } from "vitest";
import { exclusionWarnings, MAX_YEARS } from "../../../lib/jd/exclusion";
import { FEMININE_CODED, GENDER_CODED_SOURCE, genderCoding, MASCULINE_CODED } from "../../../lib/jd/gender-coded";

const MID = { observability: 2, "data-ml": 2, automation: 2, "security-governance": 1 };
const rules = (text: string, t: Record<string, number> = MID) =>
  exclusionWarnings(text, t as typeof MID).map((w) => w.ruleId);

describe("job-ad exclusion checks", () => {
  it("catches the pasted ad the issue found clean", () => {
    const ad = [
      "Senior SRE",
      "- Must be a native English speaker",
      "- Rockstar SRE ninja for our on-call family",
      "- 10+ years of experience with Kubernetes",
      "- PhD preferred",
      "- Expert in everything cloud",
    ].join("\n");
    const w = exclusionWarnings(ad, MID);
    expect(w.map((x) => [x.line, x.ruleId])).toEqual([
      [2, "native-speaker"],
      [3, "hero-words"],
      [3, "family"],
      [4, "years-above-level"],
      [5, "degree-above-level"],
    ]);
    for (const x of w) {
      expect(x.why.length, x.ruleId).toBeGreaterThan(20);
      expect(x.suggestion.length, x.ruleId).toBeGreaterThan(10);
    }
  });

  it.each([
    ["Fluent in spoken English, native level preferred.", "native-speaker"],
    ["English as your mother tongue.", "native-speaker"],
    ["You are a digital native.", "age"],
    ["Join our young and dynamic team.", "age"],
    ["We hire for culture fit.", "culture-fit"],
    ["He will own the on-call rota.", "gendered-pronoun"],
    ["The engineer keeps his or her runbooks current.", "gendered-pronoun"],
    ["He reports to the head of reliability.", "gendered-pronoun"],
    ["The hire will grow her team.", "gendered-pronoun"],
    ["Bachelor's degree in computer science required.", "degree-without-equivalent"],
    // A degree named before the word, not only "degree in" (exploratory round C).
    ["Must have a Computer Science degree.", "degree-without-equivalent"],
    ["Must have a (Computer Science / CS) degree.", "degree-without-equivalent"],
    ["Engineering degree from INPT, ENSIAS or EMI.", "degree-without-equivalent"],
    ["Master degree from the University of Prishtina.", "degree-without-equivalent"],
    // US abbreviations and "Bachelor's in" without the word "degree" (exploratory round I).
    ["BS/MS in Computer Science required.", "degree-without-equivalent"],
    ["Bachelor's in Computer Science.", "degree-without-equivalent"],
    ["B.S. in Computer Science or related field.", "degree-without-equivalent"],
    ["Master's in Statistics required.", "degree-without-equivalent"],
  ])("%s → %s", (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it("leaves fair wording alone", () => {
    for (const line of [
      "Fluent written and spoken English.",
      "A degree in computer science or equivalent experience.",
      "A degree, bootcamp or self-taught background in software.",
      "Degree from ITB, UI or Binus, or equal experience.",
      "We value a high degree of autonomy.",
      "It works to a degree, and you will make it work fully.",
      "A 360 degree view of our services.",
      "Must not be related within the fourth civil degree to any Commissioner.",
      "You will own the on-call rota.",
      "5 years of experience with Terraform.",
      "Help the team learn from incidents.",
      "Keep p99 latency under 200 ms in production.",
      "BS/MS in Computer Science, or equivalent experience.",
    ])
      expect(rules(line), line).toEqual([]);
  });

  it("judges years and degrees against the role's highest target", () => {
    expect(rules("12+ years in operations.", { ...MID, observability: 3 })).toEqual([]);
    expect(rules(`${MAX_YEARS[2] + 1}+ years in operations.`)).toEqual(["years-above-level"]);
    expect(rules("PhD in machine learning.", { ...MID, "data-ml": 3 })).toEqual([]);
    expect(rules("PhD in machine learning.")).toEqual(["degree-above-level"]);
  });
});

describe("age-coded wording", () => {
  const age = (line: string) => exclusionWarnings(line, MID).find((w) => w.ruleId === "age");

  it.each([
    ["Join our young, energetic team.", "young, energetic team"],
    ["We are a young and dynamic team.", "young and dynamic team"],
    ["Looking for young dynamic people to join us.", "young dynamic people"],
    ["Recent graduates only.", "Recent graduates"],
    ["We hire energetic young engineers.", "energetic young engineers"],
    ["Younger candidates preferred.", "Younger candidates"],
    ["Young team, old problems: help us tame alert noise.", "Young team"],
    ["A young, fast-growing, highly motivated team of SREs.", "young, fast-growing, highly motivated team"],
    ["Young DevOps engineers welcome.", "Young DevOps engineers"],
    ["You are a digital native.", "digital native"],
    ["We are young and dynamic.", "young and dynamic"],
  ])("%s → names %s", (line, words) => {
    const w = age(line);
    expect(w?.message).toMatch(new RegExp(`^"${words}": Words about age`));
    expect(w?.suggestion).toMatch(/describe the team by its work, not its age/);
  });

  it.each([
    "Knowledge of Young's modulus helps with the sensor models.",
    "Report to Sarah Young, team lead for observability.",
    // A young company or startup tells the organisation's age, which anyone may join, not the people's.
    "We are a young company with a mature on-call practice.",
    "Join a young startup with experienced engineers.",
    "Build dashboards for young and old users alike.",
    "We are a young company. Team players wanted.",
    "Graduates and career changers are welcome.",
  ])("leaves %s alone", (line) => {
    expect(age(line)).toBeUndefined();
  });
});

describe("hero words", () => {
  it('says why "rockstar ninja" shuts people out and what to write instead, naming both words', () => {
    const w = exclusionWarnings("Rockstar ninja wanted for our platform team.", MID).find(
      (x) => x.ruleId === "hero-words",
    )!;
    expect(w.message).toMatch(/^"Rockstar", "ninja": Hero words describe a self-image, not the work/);
    expect(w.why).toMatch(/read the ad as not meant for them/);
    expect(w.suggestion).toMatch(/Name the work and the level instead/);
  });

  it.each(["A data guru.", "Our next unicorn.", "A rock star on call.", "We want a 10x engineer."])("%s", (line) => {
    expect(rules(line)).toContain("hero-words");
  });

  it("leaves an install wizard and the plain word 'star' alone", () => {
    expect(rules("Run the setup wizard to install the agent.")).toEqual([]);
    expect(rules("Star the repositories you maintain.")).toEqual([]);
  });
});

describe("gender-coded wording (Gaucher, Friesen & Kay 2011)", () => {
  it("ships the published lists with their source", () => {
    expect(GENDER_CODED_SOURCE).toMatch(/Gaucher, Friesen & Kay \(2011\)/);
    expect(MASCULINE_CODED).toEqual(expect.arrayContaining(["aggress*", "compet*", "domina*", "decisive"]));
    expect(FEMININE_CODED).toEqual(expect.arrayContaining(["support*", "understand*", "cooperat*", "interpersonal"]));
  });

  it("warns when masculine-coded words clearly outweigh feminine-coded ones, naming them", () => {
    expect(genderCoding("An aggressive, competitive, dominant engineer.").verdict).toBe("masculine-coded");
    const w = exclusionWarnings("We want an aggressive, competitive and dominant self-starter.", MID).find(
      (x) => x.ruleId === "gender-coded",
    );
    expect(w?.message).toMatch(/"aggressive", "competitive", "dominant"/);
    expect(
      exclusionWarnings("Lead the design together with a supportive team.", MID).some(
        (x) => x.ruleId === "gender-coded",
      ),
    ).toBe(false);
  });
});

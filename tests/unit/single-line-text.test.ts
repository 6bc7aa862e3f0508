// One-line fields (names, titles, sources) read as a text input shows them: a line break sent by
// a CSV cell or a script is one space, never stored (it split names across lines of every export).
import { describe, expect, it } from "vitest";
import { newCandidateSchema } from "../../lib/validation/application";
import { personSchema } from "../../lib/validation/people";
import { singleLineText } from "../../lib/validation/text";

describe("singleLineText", () => {
  it("turns line breaks, tabs and runs of spaces into one space, after the usual cleaning", () => {
    expect(singleLineText().trim().parse("  Ada\r\n\tLovelace  \u0007")).toBe("Ada Lovelace");
    expect(singleLineText().parse("a\u2028b")).toBe("a b");
  });

  it("keeps a candidate's and a person's name on one line", () => {
    const candidate = newCandidateSchema.parse({
      name: "Multi\nLine Name",
      email: "ml@example.org",
      source: "Referral\n",
      headline: "SRE lead,\n platform",
    });
    expect(candidate).toMatchObject({ name: "Multi Line Name", source: "Referral", headline: "SRE lead, platform" });
    expect(personSchema.shape.name.parse("Noor\nHaddad")).toBe("Noor Haddad");
  });
});

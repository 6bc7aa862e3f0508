// One-line fields (names, titles, sources) read as a text input shows them: a line break sent by
// a CSV cell or a script is one space, never stored (it split names across lines of every export).
import { describe, expect, it } from "vitest";
import { newCandidateSchema } from "../../lib/validation/application";
import { personSchema } from "../../lib/validation/people";
import { domainNameSchema, domainShortNameSchema } from "../../lib/matrix/json-format";
import { roleFieldsSchema } from "../../lib/validation/role";
import { hasVisibleText, singleLineText } from "../../lib/validation/text";

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

  it("refuses a name that shows nothing, with the field's own message (it was a role listed without a title)", () => {
    const blank = [
      "\u200b\u200b\u200b",
      "\u2800\u2800\u2800",
      "\u3164\u3164\u3164",
      "\u00ad\u2060\u200d ",
      "\u0301\u0301",
    ];
    for (const text of blank) {
      expect(hasVisibleText(text)).toBe(false);
      expect(personSchema.shape.name.safeParse(text).error?.issues[0]?.message).toBe("Enter the person's name");
      expect(domainNameSchema.safeParse(text).error?.issues[0]?.message).toBe("Name the domain");
      expect(domainShortNameSchema.safeParse(text).success).toBe(false);
    }
    expect(roleFieldsSchema.shape.title.safeParse("\u200b\u200b\u200b").error?.issues[0]?.message).toBe(
      "Give the role a title",
    );
  });

  it("keeps names in every script, joiners inside emoji and words included, and drops a zero-width space", () => {
    for (const name of ["Zoë Ndiaye", "نور حداد", "李小龍", "می‌خواهم", "Team 👩‍💻", "Ω"])
      expect(singleLineText().parse(name)).toBe(name);
    // "Secu\u200brity" is "Security": two domains must not look the same and differ.
    expect(domainNameSchema.parse("Secu\u200brity ops")).toBe("Security ops");
  });

  it("joins a domain name's line breaks into one line, as the other names", () => {
    expect(domainNameSchema.parse("Observability\n& telemetry")).toBe("Observability & telemetry");
  });
});

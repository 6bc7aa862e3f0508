import { describe, expect, it } from "vitest";
import { byRecipient, DIGEST_LIST_LIMIT, digestMail } from "@/lib/reminders/digest";

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ line: `Candidate ${i + 1}`, link: `https://app/interviews/${i + 1}` }));
const what = { subject: "3 scorecards due", intro: "These are due.", listUrl: "https://app/interviews" };

describe("reminder digests", () => {
  it("groups items by recipient, in order", () => {
    const groups = byRecipient(["a:1", "b:1", "a:2"], (s) => s.split(":")[0]!);
    expect([...groups.entries()]).toEqual([
      ["a", ["a:1", "a:2"]],
      ["b", ["b:1"]],
    ]);
  });

  it("lists every item with its link, and the page with all of them", () => {
    const mail = digestMail({ email: "sam@example.com", name: "Sam" }, items(3), what);
    expect(mail).toMatchObject({ to: "sam@example.com", subject: "3 scorecards due" });
    expect(mail.text).toMatch(/^Hi Sam,\n\nThese are due\./);
    for (let i = 1; i <= 3; i++) expect(mail.text).toContain(`- Candidate ${i}\n  https://app/interviews/${i}`);
    expect(mail.text).toContain("All of them: https://app/interviews");
    expect(mail.text).not.toContain("more:");
  });

  it("lists at most DIGEST_LIST_LIMIT and counts the rest", () => {
    const mail = digestMail({ email: "sam@example.com", name: "Sam" }, items(704), what);
    expect(mail.text.match(/^- Candidate/gm)).toHaveLength(DIGEST_LIST_LIMIT);
    expect(mail.text).toContain(
      `- and ${(704 - DIGEST_LIST_LIMIT).toLocaleString("en")} more\n\nAll of them: https://app/interviews`,
    );
    expect(mail.text.match(/https:\/\/app\/interviews\n/g)).toHaveLength(1); // the list's page once (round X)
    expect(mail.text).not.toContain(`Candidate ${DIGEST_LIST_LIMIT + 1}\n`);
  });
});

import { describe, expect, it } from "vitest";
import { sameNameDetails } from "../../lib/candidates/same-names";

describe("sameNameDetails", () => {
  const at = (iso: string) => new Date(iso);
  it("dates only the rows whose name another row of the page has", () => {
    const details = sameNameDetails(
      [
        { id: "a", name: "Alex Kim", addedAt: at("2026-11-03T09:00:00Z") },
        { id: "b", name: "alex  kim ", headline: " SRE at Acme ", addedAt: at("2026-12-01T09:00:00Z") },
        { id: "c", name: "Sam Lee", addedAt: at("2026-12-01T09:00:00Z") },
      ],
      "Europe/Berlin",
    );
    expect([...details]).toEqual([
      ["a", "added 3 Nov 2026"],
      ["b", "SRE at Acme · added 1 Dec 2026"],
    ]);
  });

  it("adds the time in the viewer's zone when they were added the same day", () => {
    const details = sameNameDetails(
      [
        { id: "a", name: "Alex Kim", addedAt: at("2026-12-01T09:00:00Z") },
        { id: "b", name: "Alex Kim", addedAt: at("2026-12-01T15:30:00Z") },
      ],
      "Europe/Berlin",
    );
    expect(details.get("a")).toMatch(/^added 1 Dec 2026,? 10:00/);
    expect(details.get("b")).toMatch(/^added 1 Dec 2026,? 16:30/);
  });

  it("adds the end of the id when headline and time are alike too", () => {
    const same = at("2026-12-01T09:00:00Z");
    const details = sameNameDetails(
      [
        { id: "cand-aaaa1111", name: "Kim Park", addedAt: same },
        { id: "cand-bbbb2222", name: "Kim Park", addedAt: same },
        { id: "cand-cccc3333", name: "Kim Park", headline: "SRE", addedAt: same },
      ],
      "UTC",
    );
    expect(details.get("cand-aaaa1111")).toMatch(/^added 1 Dec 2026,? 09:00 UTC · ref …1111$/);
    expect(details.get("cand-bbbb2222")).toMatch(/· ref …2222$/);
    expect(details.get("cand-cccc3333")).toMatch(/^SRE · added 1 Dec 2026,? 09:00 UTC$/);
  });
});

import { describe, expect, it } from "vitest";
import { chooseDiffVersions, type VersionChoice } from "../../../lib/matrix/diff-choice";

const v = (id: string, number: number | null, status: string, basedOnId: string | null = null): VersionChoice => ({
  id,
  number,
  status,
  basedOnId,
  label: number ? `Version ${number}` : "Draft",
});
// As versionChoices returns them: the draft first, then newest first.
const versions = [v("d", null, "DRAFT", "v3"), v("v3", 3, "PUBLISHED"), v("v2", 2, "ARCHIVED"), v("v1", 1, "ARCHIVED")];

describe("chooseDiffVersions", () => {
  it("shows the draft against the version it was based on when nothing is asked", () => {
    const c = chooseDiffVersions(versions, {});
    expect([c.from?.id, c.to?.id, c.unknown]).toEqual(["v3", "d", []]);
  });

  it("takes versions by number as people write them, and by id as the form sends them", () => {
    expect(chooseDiffVersions(versions, { from: "1", to: "2" })).toMatchObject({
      from: { id: "v1" },
      to: { id: "v2" },
    });
    expect(chooseDiffVersions(versions, { from: "v2", to: "d" })).toMatchObject({
      from: { id: "v2" },
      to: { id: "d" },
    });
  });

  it("names an unknown value and says what it shows instead", () => {
    const c = chooseDiffVersions(versions, { from: "9", to: "nonsense" });
    expect(c.to?.id).toBe("d");
    expect(c.from?.id).toBe("v3");
    expect(c.unknown).toEqual([
      "The link's “From” (9) is not a version here: showing Version 3.",
      "The link's “To” (nonsense) is not a version here: showing Draft.",
    ]);
  });

  it("without a draft, compares the newest version with the newest other published one", () => {
    const published = [v("v2", 2, "PUBLISHED"), v("v1", 1, "PUBLISHED")];
    expect(chooseDiffVersions(published, {})).toMatchObject({ from: { id: "v1" }, to: { id: "v2" } });
    expect(chooseDiffVersions([v("v1", 1, "PUBLISHED")], {})).toMatchObject({ from: undefined, to: { id: "v1" } });
  });
});

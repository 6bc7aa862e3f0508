// The browser reads a typed "YYYY-MM-DDTHH:mm" in its own zone; this file sets the process's zone
// (TZ), which only takes effect in a process's main thread: it runs in "unit-isolated" (forks).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typedTimeNote } from "../../lib/dates";
import { instantToLocalInput, LATER_SUFFIX, localInputToInstant, repeatedLocalTime } from "../../lib/local-time-input";

describe("typedTimeNote (the browser's zone; Europe/Berlin here)", () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Europe/Berlin";
  });
  afterAll(() => {
    process.env.TZ = zone;
  });
  const now = new Date("2027-01-10T12:00:00Z");

  it("says nothing about a time ahead, an empty or a half-typed field", () => {
    expect(typedTimeNote("2027-02-01T10:00", now)).toBeNull();
    expect(typedTimeNote("", now)).toBeNull();
    expect(typedTimeNote("2027-02-01", now)).toBeNull();
  });
  it("names a time the clocks skip and the time it becomes", () => {
    expect(typedTimeNote("2027-03-28T02:30", now)).toBe(
      "02:30 does not exist on that day here (the clocks go forward): it will be 03:30.",
    );
  });
  it("warns that a past time records the interview as held", () => {
    // Noon UTC is 13:00 in Berlin in January: 12:59 there has passed, 13:01 has not.
    expect(typedTimeNote("2027-01-10T12:59", now)).toMatch(
      /^This time has passed: the interview is recorded as already held/,
    );
    expect(typedTimeNote("2027-01-10T13:01", now)).toBeNull();
  });
});

describe("a wall-clock time that happens twice (Europe/Berlin: 31 Oct 2027, 03:00 back to 02:00)", () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Europe/Berlin";
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it("finds both instants of 02:30 that night, and none on an ordinary night or in the skipped hour", () => {
    const r = repeatedLocalTime("2027-10-31T02:30");
    expect(r?.first.toISOString()).toBe("2027-10-31T00:30:00.000Z"); // summer time, UTC+2
    expect(r?.second.toISOString()).toBe("2027-10-31T01:30:00.000Z"); // winter time, UTC+1
    expect(repeatedLocalTime("2027-10-31T03:30")).toBeNull();
    expect(repeatedLocalTime("2027-10-30T02:30")).toBeNull();
    expect(repeatedLocalTime("2027-03-28T02:30")).toBeNull();
    expect(repeatedLocalTime("2027-10-31")).toBeNull();
  });
  it("the field's value says which one, and the instant follows the choice", () => {
    expect(localInputToInstant("2027-10-31T02:30")).toBe("2027-10-31T00:30:00.000Z");
    expect(localInputToInstant(`2027-10-31T02:30${LATER_SUFFIX}`)).toBe("2027-10-31T01:30:00.000Z");
    // A later mark left on a time that happens once is ignored.
    expect(localInputToInstant(`2027-11-02T10:00${LATER_SUFFIX}`)).toBe("2027-11-02T09:00:00.000Z");
    expect(localInputToInstant("")).toBe("");
  });
  it("rescheduling an interview at the second 02:30 shows it as the second, and round-trips", () => {
    expect(instantToLocalInput("2027-10-31T00:30:00.000Z")).toBe("2027-10-31T02:30");
    expect(instantToLocalInput("2027-10-31T01:30:00.000Z")).toBe(`2027-10-31T02:30${LATER_SUFFIX}`);
    for (const at of ["2027-10-31T00:30:00.000Z", "2027-10-31T01:30:00.000Z", "2027-06-01T08:15:00.000Z"])
      expect(localInputToInstant(instantToLocalInput(at))).toBe(at);
  });
});

// The browser reads a typed "YYYY-MM-DDTHH:mm" in its own zone; this file sets the process's zone
// (TZ), which only takes effect in a process's main thread: it runs in "unit-isolated" (forks).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typedTimeNote } from "../../lib/dates";

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

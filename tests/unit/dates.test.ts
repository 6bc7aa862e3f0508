import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, isTimeZone } from "../../lib/dates";

const at = new Date("2026-11-28T21:19:00Z");

describe("dates, one way everywhere", () => {
  it("formats in the viewer's zone and names it", () => {
    expect(formatDateTime(at, "UTC")).toBe("28 Nov 2026, 21:19 UTC");
    expect(formatDateTime(at, "Europe/Berlin")).toBe("28 Nov 2026, 22:19 CET");
    // The date moves with the zone: late evening in UTC is the next morning in Tokyo.
    expect(formatDate(at, "Asia/Tokyo")).toBe("29 Nov 2026");
    expect(formatTime(at, "America/New_York")).toBe("16:19 GMT-5");
  });
  it("falls back to UTC for an unknown or missing zone, and says so", () => {
    expect(formatDateTime(at, "Mars/Olympus")).toBe("28 Nov 2026, 21:19 UTC");
    expect(formatDateTime(at, undefined)).toBe("28 Nov 2026, 21:19 UTC");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("'; drop")).toBe(false);
  });
  it("never prints an empty date: a missing one reads as the placeholder", () => {
    expect(formatDateTime(null, "UTC")).toBe("—");
    expect(formatDate(undefined, "UTC", "not yet")).toBe("not yet");
    expect(formatDateTime("not a date", "UTC")).toBe("—");
    expect(formatDateTime(at.toISOString(), "UTC")).toBe("28 Nov 2026, 21:19 UTC");
  });
});

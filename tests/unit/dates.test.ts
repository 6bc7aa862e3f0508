import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, ianaTimeZone, isTimeZone, timeZoneLabel } from "../../lib/dates";
import { dayAfter, sameMinute, startOfDayIn } from "../../lib/instants";

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
  it("answers the same the second time (the answer is remembered), also for many invented zones", () => {
    for (let round = 0; round < 2; round++) {
      expect(isTimeZone("Asia/Tokyo")).toBe(true);
      expect(isTimeZone("Mars/Olympus")).toBe(false);
    }
    // More distinct values than are remembered (a cookie can carry anything): still right.
    for (let i = 0; i < 1200; i++) expect(isTimeZone(`Nowhere/Zone${i}`)).toBe(false);
    expect(isTimeZone("Europe/Kyiv")).toBe(true);
    expect(formatDateTime(at, "Nowhere/Zone1100")).toBe("28 Nov 2026, 21:19 UTC");
  });
  it("never prints an empty date: a missing one reads as the placeholder", () => {
    expect(formatDateTime(null, "UTC")).toBe("—");
    expect(formatDate(undefined, "UTC", "not yet")).toBe("not yet");
    expect(formatDateTime("not a date", "UTC")).toBe("—");
    expect(formatDateTime(at.toISOString(), "UTC")).toBe("28 Nov 2026, 21:19 UTC");
  });
  it("names a zone by its IANA name, not the legacy one browsers report (Asia/Calcutta)", () => {
    // What Chromium and Node report for India, whichever name the zone was set by.
    expect(new Intl.DateTimeFormat("en", { timeZone: "Asia/Kolkata" }).resolvedOptions().timeZone).toBe(
      "Asia/Calcutta",
    );
    expect(timeZoneLabel("Asia/Calcutta", at)).toBe("Asia/Kolkata (UTC+05:30)");
    expect(timeZoneLabel("Asia/Kolkata", at)).toBe("Asia/Kolkata (UTC+05:30)");
    expect(timeZoneLabel("Europe/Kiev", at)).toBe("Europe/Kyiv (UTC+02:00)");
    expect(ianaTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    // The time itself is the same under either name.
    expect(formatDateTime(at, "Asia/Calcutta")).toBe(formatDateTime(at, "Asia/Kolkata"));
  });
});

describe("startOfDayIn", () => {
  it("is the instant the day starts in the zone, either side of a daylight-saving change", () => {
    const at = (day: string, zone: string) => startOfDayIn(day, zone).toISOString();
    expect(at("2026-11-02", "Europe/Berlin")).toBe("2026-11-01T23:00:00.000Z");
    expect(at("2026-07-02", "Europe/Berlin")).toBe("2026-07-01T22:00:00.000Z");
    expect(at("2026-03-29", "Europe/Berlin")).toBe("2026-03-28T23:00:00.000Z"); // the change is at 02:00
    expect(at("2026-03-30", "Europe/Berlin")).toBe("2026-03-29T22:00:00.000Z");
    expect(at("2026-11-02", "America/Los_Angeles")).toBe("2026-11-02T08:00:00.000Z");
    expect(at("2026-11-02", "Asia/Kolkata")).toBe("2026-11-01T18:30:00.000Z");
    expect(at("2026-11-02", "UTC")).toBe("2026-11-02T00:00:00.000Z");
  });

  it("reads an unknown zone as UTC, as every date shown does", () => {
    expect(startOfDayIn("2026-11-02", "Not/AZone").toISOString()).toBe("2026-11-02T00:00:00.000Z");
  });

  it("takes every year a date input sends: 0050 is not 1950", () => {
    expect(startOfDayIn("0050-01-01", "UTC").toISOString()).toBe("0050-01-01T00:00:00.000Z");
    expect(startOfDayIn("0001-01-01", "UTC").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(startOfDayIn("9999-12-31", "Europe/Berlin").toISOString()).toBe("9999-12-30T23:00:00.000Z");
    // East of UTC year 1 starts in year 0, which PostgreSQL's timestamps lack: held at its first instant.
    expect(startOfDayIn("0001-01-01", "Asia/Tokyo").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(startOfDayIn("0001-01-02", "Asia/Tokyo").toISOString()).toMatch(/^0001-01-01T14:41/); // local mean time, +9:18:59
  });
});

describe("dayAfter", () => {
  it("is the next calendar day, across months, years and 29 February", () => {
    expect(dayAfter("2026-12-31")).toBe("2027-01-01");
    expect(dayAfter("2028-02-28")).toBe("2028-02-29");
    expect(dayAfter("2027-02-28")).toBe("2027-03-01");
    expect(dayAfter("0050-01-01")).toBe("0050-01-02");
    expect(dayAfter("0099-12-31")).toBe("0100-01-01");
  });

  it("is null after the last day a date input sends (a 'to' filter that bounds nothing)", () => {
    expect(dayAfter("9999-12-31")).toBeNull();
    expect(dayAfter("9999-12-30")).toBe("9999-12-31");
  });
});

describe("sameMinute", () => {
  it("is true within a minute, false across one, and false without a time", () => {
    expect(sameMinute(new Date("2026-12-03T21:17:57.123Z"), new Date("2026-12-03T21:17:00Z"))).toBe(true);
    expect(sameMinute(new Date("2026-12-03T21:17:59Z"), new Date("2026-12-03T21:18:00Z"))).toBe(false);
    expect(sameMinute(null, new Date())).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { canReadInterviewCalendar, interviewListScope } from "../../lib/auth/permissions";
import { interviewCalendar, parseMailbox } from "../../lib/interviews/calendar";
import { timeZoneLabel } from "../../lib/dates";
import { moveSchema, PAST_INTERVIEW_DAYS, scheduleSchema } from "../../lib/validation/application";

const at = new Date("2026-11-28T21:19:00Z");

describe("the zone named on the scheduling form", () => {
  it("labels a zone with its offset at that date (formatting itself: tests/unit/dates.test.ts)", () => {
    expect(timeZoneLabel("Europe/Berlin", at)).toBe("Europe/Berlin (UTC+01:00)");
    expect(timeZoneLabel("America/New_York", new Date("2026-07-01T12:00:00Z"))).toBe("America/New_York (UTC-04:00)");
    expect(timeZoneLabel("UTC")).toBe("UTC");
    expect(timeZoneLabel("Mars/Olympus")).toBe("UTC");
  });
});

describe("the schedule form's schema (shared with the server)", () => {
  const base = { applicationId: "app1", stageId: "stage1" };
  it("requires a time, says so, and does not move the candidate by default", () => {
    const empty = scheduleSchema.safeParse({ ...base, scheduledAt: "" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Choose the interview's date and time");
    expect(scheduleSchema.safeParse({ ...base, scheduledAt: "2026-12-01T15:00" }).success).toBe(false); // no zone: ambiguous
    expect(scheduleSchema.safeParse({ ...base, scheduledAt: "9999-12-01T15:00:00Z" }).success).toBe(false);
    expect(scheduleSchema.parse({ ...base, scheduledAt: "2030-12-01T15:00:00.000Z" }).moveToStage).toBe(false);
    expect(scheduleSchema.parse({ ...base, scheduledAt: "2030-12-01T16:00:00+01:00" }).scheduledAt).toBe(
      "2030-12-01T16:00:00+01:00",
    );
  });
  it("takes an interview held in the last week, not one further back (2020 typed for 2026)", () => {
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    expect(scheduleSchema.safeParse({ ...base, scheduledAt: daysAgo(PAST_INTERVIEW_DAYS - 0.5) }).success).toBe(true);
    const old = scheduleSchema.safeParse({ ...base, scheduledAt: daysAgo(PAST_INTERVIEW_DAYS + 0.5) });
    expect(old.error?.issues[0]?.message).toBe(`Choose a time no more than ${PAST_INTERVIEW_DAYS} days ago`);
    expect(scheduleSchema.safeParse({ ...base, scheduledAt: "2020-01-01T10:00:00Z" }).success).toBe(false);
  });
  it("asks for a reason to reject", () => {
    expect(moveSchema.safeParse({ applicationId: "a", status: "REJECTED" }).error?.issues[0]?.path).toEqual(["reason"]);
    expect(
      moveSchema.safeParse({ applicationId: "a", status: "REJECTED", reason: "Salary expectations far above band" })
        .success,
    ).toBe(true);
    expect(moveSchema.safeParse({ applicationId: "a", status: "WITHDRAWN" }).success).toBe(true);
  });
});

describe("who sees a candidate's interviews and invitations", () => {
  const role = {
    ownerId: "owner",
    members: [
      { userId: "rec", function: "RECRUITER" as const },
      { userId: "iv", function: "INTERVIEWER" as const },
    ],
  };
  it("hiring leads and managers see every interview; anyone else only their own", () => {
    expect(interviewListScope({ id: "owner", kind: "MANAGER" }, role)).toBe("all");
    expect(interviewListScope({ id: "dana", kind: "MANAGER" }, role)).toBe("all");
    expect(interviewListScope({ id: "rec", kind: "RECRUITER" }, role)).toBe("all");
    expect(interviewListScope({ id: "adm", kind: "ADMIN" }, role)).toBe("all");
    expect(interviewListScope({ id: "iv", kind: "INTERVIEWER" }, role)).toBe("own");
    expect(interviewListScope({ id: "other-rec", kind: "RECRUITER" }, role)).toBe("own");
  });
  it("the interviewer and the hiring leads may download the invitation; another manager or interviewer may not", () => {
    const interview = { interviewerId: "iv", role };
    expect(canReadInterviewCalendar({ id: "iv", kind: "INTERVIEWER" }, interview)).toBe(true);
    expect(canReadInterviewCalendar({ id: "owner", kind: "MANAGER" }, interview)).toBe(true);
    expect(canReadInterviewCalendar({ id: "rec", kind: "RECRUITER" }, interview)).toBe(true);
    expect(canReadInterviewCalendar({ id: "dana", kind: "MANAGER" }, interview)).toBe(false);
    expect(canReadInterviewCalendar({ id: "iv2", kind: "INTERVIEWER" }, interview)).toBe(false);
  });
});

describe("calendar invitations", () => {
  const invitation = {
    interviewId: "iv1",
    sequence: 3,
    start: new Date("2026-12-01T14:00:00Z"),
    durationMinutes: 45,
    candidate: "Amara Okafor",
    stage: "Technical screen",
    role: "AI Platform Engineer",
    interviewer: { name: "Sam Rivera", email: "sam@example.com" },
  };
  it("names the event by the interview, in UTC, with its sequence and duration", () => {
    const text = interviewCalendar(invitation, "REQUEST", {
      url: "https://x.test/interviews/iv1",
      organizer: "AIOps Scorecards <no-reply@x.test>",
    });
    expect(text).toMatch(/^METHOD:REQUEST\r?$/m);
    expect(text).toMatch(/^UID:iv1@aiops-scorecards\r?$/m);
    expect(text).toMatch(/^SEQUENCE:3\r?$/m);
    expect(text).toMatch(/^DTSTART:20261201T140000Z\r?$/m);
    expect(text).toMatch(/^DURATION:PT45M\r?$/m);
    expect(text).toMatch(/ORGANIZER;CN="?AIOps Scorecards"?:mailto:no-reply@x.test/i);
    expect(text.replace(/\r?\n[ \t]/g, "")).toContain("https://x.test/interviews/iv1");
    const cancel = interviewCalendar(invitation, "CANCEL", {
      url: "https://x.test/interviews/iv1",
      organizer: "a@b.c",
    }).replace(/\r?\n[ \t]/g, "");
    expect(cancel).toMatch(/^STATUS:CANCELLED\r?$/m);
    // The cancelled interview's page is gone: the event a calendar keeps does not link to it.
    expect(cancel).not.toContain("x.test/interviews");
    expect(cancel).toMatch(/^DESCRIPTION:.*cancelled\.\r?$/m);
  });
  it("keeps a double quote in a name out of the quoted CN parameter (RFC 5545 cannot escape it there)", () => {
    const quoted = { ...invitation, interviewer: { name: 'Jo "JJ" O\'Neil', email: "jo@example.com" } };
    const text = interviewCalendar(quoted, "REQUEST", { url: "u", organizer: '"Ops" Team <ops@x.test>' });
    const unfolded = text.replace(/\r?\n[ \t]/g, "");
    const attendee = unfolded.split(/\r?\n/).find((l) => l.startsWith("ATTENDEE"))!;
    expect(attendee).toContain(`CN="Jo 'JJ' O'Neil"`);
    // Every quoted parameter value closes where it should: none is left once they are taken out.
    for (const line of unfolded.split(/\r?\n/).filter((l) => /^(ATTENDEE|ORGANIZER)/.test(l)))
      expect(line.replace(/=("[^"]*")(?=[;:])/g, "=")).not.toContain('"');
    expect(unfolded).toMatch(/^ORGANIZER;CN="'Ops' Team":mailto:ops@x\.test\r?$/im);
  });
  it("writes RFC 5545 to the letter: bare ROLE and PARTSTAT, lines folded at 75 octets, RSVP only when mailed", () => {
    const accented = { ...invitation, candidate: "Ana; María López", role: "AI Platform Engineer 🚀 Team Ωmega" };
    for (const method of ["REQUEST", "PUBLISH", "CANCEL"] as const) {
      const text = interviewCalendar(accented, method, { url: "https://x.test/interviews/iv1", organizer: "a@b.c" });
      const physical = text.split("\r\n");
      for (const line of physical) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      // No character is cut by a fold: the text reads back whole, with its emoji.
      expect(text).not.toContain("\uFFFD");
      const unfolded = text.replace(/\r\n[ \t]/g, "");
      expect(unfolded).toContain("SUMMARY:Interview: Ana\\; María López\\, ");
      expect(unfolded).toContain("🚀 Team Ωmega");
      const attendee = unfolded.split("\r\n").find((l) => l.startsWith("ATTENDEE"))!;
      expect(attendee).toContain(";ROLE=REQ-PARTICIPANT;");
      expect(attendee).toContain(";PARTSTAT=NEEDS-ACTION;");
      expect(attendee.includes("RSVP=TRUE")).toBe(method === "REQUEST");
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    }
  });
  it("reads a From header into a mailbox", () => {
    expect(parseMailbox("AIOps Scorecards <no-reply@localhost>")).toEqual({
      name: "AIOps Scorecards",
      email: "no-reply@localhost",
    });
    expect(parseMailbox("ops@example.com")).toEqual({ name: "ops@example.com", email: "ops@example.com" });
  });
});

// Calendar invitations for interviews (RFC 5545, built by the `ics` package). One event per
// interview: its UID is the interview's id, so a reschedule (a higher SEQUENCE) or a cancellation
// (METHOD:CANCEL, STATUS:CANCELLED) replaces the event already in the interviewer's calendar.
import { createEvent } from "ics";

export type InvitationMethod = "REQUEST" | "CANCEL" | "PUBLISH";

/** What an invitation says; read while the interview still exists (a cancellation deletes it). */
export type InterviewInvitation = {
  interviewId: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  candidate: string;
  stage: string;
  role: string;
  /** `timeZone`: the interviewer's own (User.timeZone), for the email's text; null = not known yet. */
  interviewer: { name: string; email: string; timeZone?: string | null };
};

const UID_DOMAIN = "aiops-scorecards";
export const interviewUid = (interviewId: string) => `${interviewId}@${UID_DOMAIN}`;

/** "Ada <a@x.org>" → { name: "Ada", email: "a@x.org" }; a bare address is its own name. */
export function parseMailbox(from: string): { name: string; email: string } {
  const m = from.match(/^\s*(.*?)\s*<([^<>]+)>\s*$/);
  if (!m) return { name: from.trim(), email: from.trim() };
  const name = m[1]!.replace(/^"(.*)"$/, "$1").trim();
  return { name: name || m[2]!.trim(), email: m[2]!.trim() };
}

/**
 * A name as a calendar parameter (CN="..."): RFC 5545 has no escape for a double quote inside a
 * quoted parameter, and strict calendars reject the line, so it becomes a single quote.
 */
export const calendarName = (name: string) => name.replace(/"/g, "'");

export function invitationTitle(i: Pick<InterviewInvitation, "candidate" | "stage" | "role">) {
  return `Interview: ${i.candidate}, ${i.stage} (${i.role})`;
}

/**
 * The .ics text. REQUEST goes to the interviewer's mail; CANCEL withdraws it; PUBLISH is the
 * download (a calendar imports it as the same event: same UID and SEQUENCE).
 */
export function interviewCalendar(
  i: InterviewInvitation,
  method: InvitationMethod,
  opts: { url: string; organizer: string },
): string {
  const { error, value } = createEvent({
    productId: "aiops-scorecards/interviews",
    method,
    uid: interviewUid(i.interviewId),
    sequence: i.sequence,
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    start: i.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: i.durationMinutes },
    title: invitationTitle(i),
    // A cancelled interview's page is gone: calendars keep a cancelled event's text, so no link to it.
    description:
      method === "CANCEL"
        ? `${i.stage} interview with ${i.candidate} for ${i.role}: cancelled.`
        : `${i.stage} interview with ${i.candidate} for ${i.role}. The interview kit and your scorecard: ${opts.url}`,
    // The link is in the description only: ics refuses URLs it cannot parse (an intranet host name), which would fail the invitation.
    organizer: (({ name, email }) => ({ name: calendarName(name), email }))(parseMailbox(opts.organizer)),
    attendees: [
      {
        name: calendarName(i.interviewer.name),
        email: i.interviewer.email,
        role: "REQ-PARTICIPANT",
        partstat: "NEEDS-ACTION",
        rsvp: true,
      },
    ],
  });
  if (error || !value) throw error ?? new Error("The calendar invitation could not be built.");
  return value;
}

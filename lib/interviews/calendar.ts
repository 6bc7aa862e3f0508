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
        // A reply is asked for where one can be sent: the mailed REQUEST, not the downloaded copy.
        rsvp: method === "REQUEST",
      },
    ],
  });
  if (error || !value) throw error ?? new Error("The calendar invitation could not be built.");
  return strictCalendarText(value);
}

const FOLD_OCTETS = 75;

/**
 * What `ics` writes, made to RFC 5545's letter, which strict calendars hold to: ROLE and PARTSTAT
 * are bare tokens in its grammar (`ics` quotes them), and lines fold at 75 octets, not 75
 * characters ("María" made a 77-byte line), never inside a character.
 */
export function strictCalendarText(text: string): string {
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) =>
      /^(ATTENDEE|ORGANIZER)[;:]/.test(line) ? line.replace(/;(ROLE|PARTSTAT)="([A-Z-]+)"(?=[;:])/g, ";$1=$2") : line,
    );
  return lines.map(foldLine).join("\r\n");
}

/** One content line folded: at most 75 octets each, continuations starting with a space. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // A continuation's leading space counts toward its 75.
    if (octets + size > FOLD_OCTETS) {
      parts.push(part);
      part = " ";
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n");
}

// Emailing calendar invitations to interviewers, through the app's one mail path (lib/mail.ts).
// Sent after the change is committed; a failed email never undoes the schedule (the result says
// who was not reached, and the invitation stays downloadable from the interview).
import "server-only";
import { canReadInterviewCalendar } from "../auth/permissions";
import { db, type Tx } from "../db";
import { env } from "../env";
import type { UserKind } from "../generated/prisma/enums";
import { sendMail } from "../mail";
import { formatDateTime, isTimeZone } from "../dates";
import { interviewCalendar, invitationTitle, type InterviewInvitation, type InvitationMethod } from "./calendar";

const invitationSelect = {
  id: true,
  scheduledAt: true,
  calendarSequence: true,
  interviewer: { select: { name: true, email: true, timeZone: true } },
  stage: { select: { name: true, durationMinutes: true } },
  application: { select: { candidate: { select: { name: true } }, role: { select: { title: true } } } },
} as const;

/** The invitations of these interviews as they are now (scheduled ones only). */
export async function loadInvitations(interviewIds: string[], tx: Tx | typeof db = db): Promise<InterviewInvitation[]> {
  if (interviewIds.length === 0) return [];
  const rows = await tx.interview.findMany({
    where: { id: { in: interviewIds }, scheduledAt: { not: null } },
    select: invitationSelect,
  });
  return rows.map((r) => ({
    interviewId: r.id,
    sequence: r.calendarSequence,
    start: r.scheduledAt!,
    durationMinutes: r.stage.durationMinutes,
    candidate: r.application.candidate.name,
    stage: r.stage.name,
    role: r.application.role.title,
    interviewer: r.interviewer,
  }));
}

export const baseUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";
export const interviewUrl = (interviewId: string) => `${baseUrl()}/interviews/${interviewId}`;

/** The .ics for one interview (the email's attachment, or the download with PUBLISH). */
export function invitationFile(i: InterviewInvitation, method: InvitationMethod) {
  return interviewCalendar(i, method, { url: interviewUrl(i.interviewId), organizer: env().MAIL_FROM });
}

const SUBJECT: Record<"new" | "update" | "cancel", string> = {
  new: "Interview",
  update: "Interview moved",
  cancel: "Interview cancelled",
};

/**
 * When, in the interviewer's own zone (recorded from their browser), named: "1 Dec 2026, 23:00
 * GMT+9 (Asia/Tokyo time)"; in UTC, saying why, when their zone is not known yet.
 */
export function invitationTime(start: Date, zone: string | null | undefined): string {
  if (isTimeZone(zone) && zone !== "UTC") return `${formatDateTime(start, zone)} (${zone} time)`;
  if (zone === "UTC") return formatDateTime(start, "UTC");
  return `${formatDateTime(start, "UTC")} (UTC: your time zone is not known yet; it is taken from your browser the next time you open the app)`;
}

/** Emails each invitation; returns the names of interviewers who could not be reached. */
export async function sendInvitations(
  invitations: InterviewInvitation[],
  kind: "new" | "update" | "cancel",
): Promise<string[]> {
  const failed: string[] = [];
  const method = kind === "cancel" ? "CANCEL" : "REQUEST";
  for (const i of invitations) {
    const when = invitationTime(i.start, i.interviewer.timeZone);
    const text =
      kind === "cancel"
        ? `Hi ${i.interviewer.name},\n\nYour ${i.stage} interview with ${i.candidate} (${i.role}) on ${when} is cancelled. The attached update removes it from your calendar.\n`
        : `Hi ${i.interviewer.name},\n\n${kind === "update" ? "Your interview has moved: " : ""}${i.stage} interview with ${i.candidate} (${i.role}) on ${when}, ${i.durationMinutes} minutes. The attached invitation adds it to your calendar.\n\nInterview kit and scorecard: ${interviewUrl(i.interviewId)}\n`;
    try {
      await sendMail({
        to: i.interviewer.email,
        subject: `${SUBJECT[kind]}: ${invitationTitle(i).replace(/^Interview: /, "")}`,
        text,
        attachments: [
          {
            filename: "interview.ics",
            content: invitationFile(i, method),
            contentType: `text/calendar; charset=utf-8; method=${method}`,
          },
        ],
      });
    } catch (e) {
      console.warn(
        `[invitations] could not email ${i.interviewer.email} about interview ${i.interviewId}: ${(e as Error).message}`,
      );
      failed.push(i.interviewer.name);
    }
  }
  return failed;
}

/**
 * The interview's invitation as a download, for its interviewer and the role's hiring leads
 * (canReadInterviewCalendar); 404 for anyone else, as for a missing interview.
 */
export async function invitationDownload(
  user: { id: string; kind: UserKind },
  interviewId: string,
): Promise<{ ok: true; ics: string } | { ok: false; status: 404 | 409; error: string }> {
  const found = await db.interview.findUnique({
    where: { id: interviewId },
    select: {
      interviewerId: true,
      scheduledAt: true,
      application: {
        select: { role: { select: { ownerId: true, members: { select: { userId: true, function: true } } } } },
      },
    },
  });
  if (!found || !canReadInterviewCalendar(user, { interviewerId: found.interviewerId, role: found.application.role }))
    return { ok: false, status: 404, error: "That interview was not found, or you don't have access to it." };
  const [invitation] = await loadInvitations([interviewId]);
  if (!invitation)
    return { ok: false, status: 409, error: "This interview has no time yet, so there is no calendar invitation." };
  return { ok: true, ics: invitationFile(invitation, "PUBLISH") };
}

import "server-only";
import { cache } from "react";
import { db } from "../db";
import { sendDueCheckInReminders } from "../quality/reminders";
import { digestMail, sendByRecipient } from "./digest";
import { formatDate } from "../dates";
import { DUE_AFTER_MS, reminderState, shouldEmail } from "./schedule";

/**
 * Interviews that can still be due: held over an hour ago, not submitted, and the candidate
 * is still in the process (a rejected, withdrawn or hired candidate needs no scorecard chase).
 */
// Ten business days never span more than 14 calendar days; 16 leaves margin, and keeps each
// run from scanning every interview ever held without a scorecard.
const LOOKBACK_MS = 16 * 24 * 60 * 60 * 1000;

const dueWhere = (now: Date) => ({
  scheduledAt: { lte: new Date(now.getTime() - DUE_AFTER_MS), gte: new Date(now.getTime() - LOOKBACK_MS) },
  // No submitted scorecard (kept by the database; the open interviews' partial index).
  scorecardSubmittedAt: null,
  application: { status: "ACTIVE" as const },
});

/** A due interview as the navigation and /interviews show it. */
export type DueInterview = {
  id: string;
  scheduledAt: Date;
  application: { candidate: { name: string }; role: { title: string } };
  stage: { name: string };
};

/**
 * Whether the user interviews at all, and their interviews whose scorecard is due at `now` (held
 * over an hour ago, not submitted, < 10 business days): one statement, as every page's
 * navigation asks both.
 */
async function navAt(userId: string, now: Date): Promise<{ assigned: boolean; due: DueInterview[] }> {
  // The due rows are the few interviews held in the last 16 days (the open interviews' partial
  // index); each looks its application up on its own (OFFSET 0 keeps the lateral per row): as a
  // plain join (Prisma's relation filter) the planner overestimated the rows and hashed every
  // active application instead (seq scan of 4,074 rows per page view at 10,000 candidates,
  // auto_explain). "Interviews at all" is one index probe. With no due interview the left join
  // still returns the one row that carries `assigned`.
  const rows = await db.$queryRaw<
    { assigned: boolean; id: string | null; scheduledAt: Date; candidate: string; role: string; stage: string }[]
  >`
    SELECT s.assigned, d.id, d."scheduledAt", d.candidate, d.role, d.stage
    FROM (SELECT EXISTS (SELECT 1 FROM "Interview" x WHERE x."interviewerId" = ${userId}) AS assigned) s
    LEFT JOIN LATERAL (
      SELECT i.id, i."scheduledAt", a.candidate, a.role, st.name AS stage
      FROM "Interview" i
      CROSS JOIN LATERAL (
        SELECT c.name AS candidate, r.title AS role
        FROM "Application" ap JOIN "Candidate" c ON c.id = ap."candidateId" JOIN "Role" r ON r.id = ap."roleId"
        WHERE ap.id = i."applicationId" AND ap.status = 'ACTIVE' OFFSET 0
      ) a
      JOIN "InterviewStage" st ON st.id = i."stageId"
      WHERE i."interviewerId" = ${userId} AND i."scorecardSubmittedAt" IS NULL
        AND i."scheduledAt" <= ${new Date(now.getTime() - DUE_AFTER_MS)} AND i."scheduledAt" >= ${new Date(now.getTime() - LOOKBACK_MS)}
    ) d ON TRUE
    ORDER BY d."scheduledAt" ASC, d.id`;
  const due = rows
    .filter((r) => r.id !== null && reminderState(r.scheduledAt, false, now) === "due")
    .map((r) => ({
      id: r.id!,
      scheduledAt: r.scheduledAt,
      application: { candidate: { name: r.candidate }, role: { title: r.role } },
      stage: { name: r.stage },
    }));
  return { assigned: rows[0]?.assigned ?? false, due };
}

/**
 * Once per request (React `cache`, keyed on the user): the layout's navigation and /interviews
 * both ask. Keyed on the user alone, since a fresh `new Date()` per call would never match.
 */
const navNow = cache((userId: string) => navAt(userId, new Date()));

/** The user's interviews whose scorecard is due: now (cached per request), or at a given time (tests). */
export async function dueInterviews(userId: string, now?: Date): Promise<DueInterview[]> {
  return (await (now ? navAt(userId, now) : navNow(userId))).due;
}

/** For the navigation: does the user interview at all (`assigned` is 1 or 0; any kind of user can), and how many scorecards are due. */
export async function interviewNav(userId: string, now?: Date) {
  const { assigned, due } = await (now ? navAt(userId, now) : navNow(userId));
  return { assigned: assigned ? 1 : 0, due: due.length };
}

/** Reminder emails: the daily run's ("email") and a nudge from the pipeline board ("nudge"); either counts as today's. */
const EMAILED = ["email", "nudge"];

/**
 * Claims today's email for one interview: under a row lock on the interview, re-reads the last
 * email and writes the log row before anything is sent, so of two concurrent runs one wins.
 */
async function claimEmail(interviewId: string, now: Date): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Interview" WHERE id = ${interviewId} FOR UPDATE`;
    const last = await tx.reminderLog.findFirst({
      where: { interviewId, channel: { in: EMAILED } },
      orderBy: { sentAt: "desc" },
      select: { sentAt: true },
    });
    if (!shouldEmail("due", last?.sentAt ?? null, now)) return null;
    const row = await tx.reminderLog.create({ data: { interviewId, channel: "email", sentAt: now } });
    return row.id;
  });
}

/** What a reminder says (the daily run and a recruiter's nudge from the pipeline board send the same). */
export function reminderMail(
  i: {
    id: string;
    interviewer: { email: string; name: string };
    stage: { name: string };
    application: { candidate: { name: string }; role: { title: string } };
  },
  baseUrl: string,
) {
  return {
    to: i.interviewer.email,
    subject: `Scorecard due: ${i.application.candidate.name} (${i.application.role.title})`,
    text: `Hi ${i.interviewer.name},\n\nYour scorecard for ${i.application.candidate.name}, ${i.stage.name} (${i.application.role.title}), is due. Submitting it promptly keeps the debrief fair.\n\n${baseUrl}/interviews/${i.id}\n`,
  };
}

/**
 * Emails every interviewer with a due scorecard, at most once a day per interview, and every
 * assignee of a due quality-of-hire check-in, once per check-in: one email per person and kind
 * (lib/reminders/digest.ts). Returns how many emails were sent.
 */
export async function sendDueReminders(
  now = new Date(),
  baseUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000",
) {
  const candidates = await db.interview.findMany({
    where: { ...dueWhere(now), interviewer: { active: true } },
    // Oldest first: a digest lists the first 20 (round X: they came in no order).
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    include: {
      interviewer: { select: { email: true, name: true, timeZone: true } },
      application: { select: { candidate: { select: { name: true } }, role: { select: { title: true } } } },
      stage: { select: { name: true } },
      reminders: { where: { channel: { in: EMAILED } }, orderBy: { sentAt: "desc" }, take: 1 },
    },
  });
  // Claimed one by one (each interview once a day, whichever run wins), sent one email per person.
  const claimed: { interview: (typeof candidates)[number]; claim: string }[] = [];
  for (const i of candidates) {
    const state = reminderState(i.scheduledAt, false, now);
    if (!shouldEmail(state, i.reminders[0]?.sentAt ?? null, now)) continue; // cheap pre-check; the claim decides
    const claim = await claimEmail(i.id, now);
    if (claim) claimed.push({ interview: i, claim });
  }
  const sent = await sendByRecipient(
    claimed,
    (c) => c.interview.interviewer.email,
    (group) => {
      const first = group[0]!.interview;
      return group.length === 1
        ? reminderMail(first, baseUrl)
        : digestMail(
            first.interviewer,
            group.map(({ interview: i }) => ({
              line: `${i.application.candidate.name}, ${i.stage.name} (${i.application.role.title}), interviewed ${formatDate(i.scheduledAt, i.interviewer.timeZone)}`,
              link: `${baseUrl}/interviews/${i.id}`,
            })),
            {
              subject: `${group.length} scorecards due`,
              intro:
                "Your scorecards for these interviews are due, oldest first. Submitting them promptly keeps each debrief fair.",
              listUrl: `${baseUrl}/interviews`,
            },
          );
    },
    (group) => db.reminderLog.deleteMany({ where: { id: { in: group.map((c) => c.claim) } } }),
  );
  return sent + (await sendDueCheckInReminders(now, baseUrl));
}

// A subject-access request about a candidate: export what the organisation holds (JSON). Run by
// admins and the candidate's own recruiters (canExportCandidate in lib/auth/permissions.ts),
// checked here in the service, not only on the page; the panel's record is read through the
// feedback-visibility filter (lib/scorecards/visibility.ts). Erasure: ./erasure.ts.
import "server-only";
import { forbidden, notFound } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { can, canExportCandidate, seesEveryCheckIn } from "../auth/permissions";
import { feedbackVisibility } from "../data/feedback";
import { visibleStatus } from "../applications/status";
import type { HiddenReason } from "../scorecards/access";
import { hiddenReasonSql, hiringLeadWhere, visibleFeedbackWhere } from "../scorecards/visibility";

export const EXPORT_NOT_ALLOWED = "Only recruiters and admins can export a candidate's data.";
export const EXPORT_NOT_ON_TEAM =
  "Only admins and the recruiters on the hiring team of every role this candidate applied to can export their data; ask an admin";
export const EXPORT_SUBMIT_FIRST =
  "You have an unsubmitted scorecard for this candidate; submit it first or ask another admin";
export const EXPORT_PANEL_NEVER =
  "Interviewers on this candidate's panel don't see each other's feedback in this organisation, so you can't export it; ask an admin who isn't on the panel.";

/** The hiring teams of the roles the candidate applied to (who may handle their data). */
const candidateRoles = (candidateId: string) =>
  db.application
    .findMany({
      where: { candidateId },
      select: { role: { select: { members: { select: { userId: true, function: true } } } } },
    })
    .then((apps) => apps.map((a) => a.role));

/**
 * Why this user may not export this candidate now (for the page to say so up front), or null.
 * Admins and the candidate's own recruiters may (canExportCandidate). The export holds every
 * interviewer's evidence, so it also obeys the independence rule: someone on the candidate's
 * panel who may not see the others' feedback yet would read it before forming their own, so
 * they are refused (a complete export or none: a silently partial answer to a data request
 * would be wrong) and another admin answers the request.
 */
export async function exportRefusal(user: CurrentUser, candidateId: string): Promise<string | null> {
  if (!can(user, "manageCandidates")) return EXPORT_NOT_ALLOWED;
  if (!canExportCandidate(user, await candidateRoles(candidateId))) return EXPORT_NOT_ON_TEAM;
  const visibility = await feedbackVisibility();
  const hidden = await db.$queryRaw<{ reason: HiddenReason }[]>(
    Prisma.sql`SELECT DISTINCT x.reason FROM (SELECT ${hiddenReasonSql(user, visibility, "a")} AS reason FROM "Application" a WHERE a."candidateId" = ${candidateId}) x WHERE x.reason IS NOT NULL`,
  );
  const reasons = new Set(hidden.map((h) => h.reason));
  if (reasons.has("submit-first")) return EXPORT_SUBMIT_FIRST;
  if (reasons.has("never")) return EXPORT_PANEL_NEVER;
  if (reasons.has("not-on-team")) return EXPORT_NOT_ON_TEAM;
  return null;
}

/**
 * The panel's record on the candidate's applications whose feedback `user` may see as a hiring
 * lead (visibleFeedbackWhere and hiringLeadWhere, in the query): the decision and its
 * rationale, and the submitted scorecards with evidence and private notes. Drafts are not
 * selected: a draft is the interviewer's working copy, not the organisation's record of the
 * candidate until it is submitted (it may be rewritten or never submitted, and the
 * independence rule keeps it from everyone but its author); erasure still clears drafts.
 */
function panelRecordWhere(
  user: CurrentUser,
  candidateId: string,
  visibility: Parameters<typeof visibleFeedbackWhere>[1],
): Prisma.ApplicationWhereInput | null {
  const lead = hiringLeadWhere(user);
  if (lead === false) return null;
  return { AND: [{ candidateId }, visibleFeedbackWhere(user, visibility), ...(lead === true ? [] : [lead])] };
}

/**
 * What the export holds, read field by field, with the panel's record only where the requester
 * may read it (panelRecordWhere): an application whose feedback is withheld from them is listed
 * with `feedbackWithheld: true`, no decision and no scorecards. exportCandidate refuses such a
 * requester outright (exportRefusal); the query holds the rule as well, whoever calls it.
 */
export async function candidateExportRecords(user: CurrentUser, candidateId: string) {
  const visibility = await feedbackVisibility();
  const panelWhere = panelRecordWhere(user, candidateId, visibility);
  // Quality-of-hire check-ins are read by the hire's owner, their delegate and admins only: an
  // admin's export includes them (texts, ratings), a recruiter's says they exist.
  const withCheckIns = seesEveryCheckIn(user);
  const [candidate, panel] = await Promise.all([
    db.candidate.findUnique({
      where: { id: candidateId },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        source: true,
        headline: true,
        createdAt: true,
        erasedAt: true,
        applications: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            status: true,
            createdAt: true,
            stageEnteredAt: true,
            role: { select: { id: true, title: true } },
            currentStage: { select: { name: true } },
            interviews: {
              orderBy: { createdAt: "asc" },
              select: {
                id: true,
                scheduledAt: true,
                createdAt: true,
                stage: { select: { name: true } },
                interviewer: { select: { name: true } },
                reminders: { select: { channel: true, sentAt: true } },
              },
            },
          },
        },
      },
    }),
    panelWhere
      ? db.application.findMany({
          where: panelWhere,
          select: {
            id: true,
            decision: true,
            decisionRationale: true,
            decidedAt: true,
            decidedBy: { select: { name: true } },
            followUp: {
              select: {
                hiredAt: true,
                checkIns: {
                  orderBy: { milestoneDays: "asc" },
                  select: withCheckIns
                    ? {
                        milestoneDays: true,
                        submittedAt: true,
                        author: { select: { name: true } },
                        overall: true,
                        wouldHireAgain: true,
                        note: true,
                        ratings: { select: { rating: true, evidence: true, domain: { select: { key: true } } } },
                      }
                    : { milestoneDays: true },
                },
              },
            },
            interviews: {
              select: {
                id: true,
                scorecards: {
                  where: { status: "SUBMITTED" },
                  orderBy: { createdAt: "asc" },
                  select: {
                    id: true,
                    status: true,
                    recommendation: true,
                    privateNote: true,
                    submittedAt: true,
                    interviewer: { select: { name: true } },
                    scores: {
                      select: {
                        rating: true,
                        notAssessed: true,
                        evidence: true,
                        observedIndicatorIds: true,
                        domain: { select: { key: true } },
                      },
                    },
                  },
                },
              },
            },
          },
        })
      : Promise.resolve([]),
  ]);
  if (!candidate) return null;
  const byApp = new Map(panel.map((p) => [p.id, p]));
  const applications = candidate.applications.map((a) => {
    const record = byApp.get(a.id);
    if (!record)
      return {
        ...a,
        ...visibleStatus(a.status, { visible: false, reason: "not-on-team" }),
        feedbackWithheld: true as const,
      };
    const cards = new Map(record.interviews.map((i) => [i.id, i.scorecards]));
    const { interviews: _ids, id: _id, followUp, ...decision } = record;
    return {
      ...a,
      statusHidden: false,
      feedbackWithheld: false as const,
      ...decision,
      ...(followUp
        ? withCheckIns
          ? { qualityOfHire: followUp }
          : {
              qualityOfHire: {
                hiredAt: followUp.hiredAt,
                checkInsWithheld: `${followUp.checkIns.length} check-in(s): only an admin's export includes their texts and ratings.`,
              },
            }
        : {}),
      interviews: a.interviews.map((i) => ({ ...i, scorecards: cards.get(i.id) ?? [] })),
    };
  });
  // Audit events about the candidate, their interviews, and only the applications and scorecards exported above.
  const audit = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Candidate", entityId: candidateId },
        { entityType: "Application", entityId: { in: panel.map((p) => p.id) } },
        {
          entityType: "Interview",
          entityId: { in: candidate.applications.flatMap((a) => a.interviews.map((i) => i.id)) },
        },
        {
          entityType: "Scorecard",
          entityId: { in: panel.flatMap((p) => p.interviews.flatMap((i) => i.scorecards.map((s) => s.id))) },
        },
      ],
    },
    orderBy: { at: "asc" },
  });
  return { candidate: { ...candidate, applications }, auditTrail: audit.map((a) => ({ ...a, id: a.id.toString() })) };
}

/** A subject-access export: what the organisation holds about the candidate (see candidateExportRecords). */
export async function exportCandidate(user: CurrentUser, candidateId: string) {
  const refusal = await exportRefusal(user, candidateId);
  if (refusal) return forbidden(refusal);
  const records = await candidateExportRecords(user, candidateId);
  if (!records) return notFound("That candidate");
  await recordAudit({ actorId: user.id, action: "candidate.exported", entityType: "Candidate", entityId: candidateId });
  return {
    ok: true as const,
    export: {
      exportedAt: new Date().toISOString(),
      note: "Everything this organisation holds about the candidate: applications, interviews, submitted scorecards with interviewers' private notes, decisions, quality-of-hire check-ins after a hire (in an admin's export) and the audit trail. Unsubmitted drafts are interviewers' working copies, not the organisation's record, and are not included.",
      ...records,
    },
  };
}

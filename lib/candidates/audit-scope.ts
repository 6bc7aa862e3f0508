// Which audit events are about a candidate: the candidate, their applications, those
// applications' interviews and scorecards. One definition for the erasure (which redacts
// exactly these) and the audit log's "about a candidate" filter (which lists exactly these).
import type { Prisma } from "../generated/prisma/client";

export type CandidateRecordIds = { id: string; interviews: { id: string; scorecards: { id: string }[] }[] };

/** Prisma's select for a candidate's applications with the ids `candidateAuditScope` needs. */
export const CANDIDATE_RECORD_IDS = {
  select: { id: true, interviews: { select: { id: true, scorecards: { select: { id: true } } } } },
} as const;

export function candidateAuditScope(candidateId: string, apps: CandidateRecordIds[]): Prisma.AuditEventWhereInput {
  const interviews = apps.flatMap((a) => a.interviews);
  return {
    OR: [
      { entityType: "Candidate", entityId: candidateId },
      { entityType: "Application", entityId: { in: apps.map((a) => a.id) } },
      { entityType: "Interview", entityId: { in: interviews.map((i) => i.id) } },
      { entityType: "Scorecard", entityId: { in: interviews.flatMap((i) => i.scorecards.map((s) => s.id)) } },
    ],
  };
}

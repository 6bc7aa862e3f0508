// Append-only audit log. Every score change, submission, permission change and matrix
// edit goes through here, inside the same transaction as the change when there is one.
// The database refuses UPDATE and DELETE on it; the one exception is erasing a candidate,
// which may replace an event's data with a redaction marker (lib/candidates/privacy.ts).
import type { Prisma } from "./generated/prisma/client";
import { db, type Tx } from "./db";

/**
 * Every action the application writes, one list: the audit page's filter offers these (instead
 * of grouping the whole table) and accepts no other value. tests/unit/audit-actions.test.ts
 * reads every `action:` literal in lib/, app/ and the seed and fails on one missing here.
 */
export const AUDIT_ACTIONS = [
  "api_token.created",
  "api_token.revoked",
  "application.created",
  "application.decided",
  "application.moved",
  "candidate.erased",
  "check_in.reassigned",
  "check_in.recorded",
  "candidate.exported",
  "candidate.imported",
  "candidates.imported",
  "database.seeded",
  "fair_hiring.exported",
  "fair_hiring.viewed",
  "interview.cancelled",
  "interview.nudged",
  "interview.rescheduled",
  "interviews.scheduled",
  "job_description.saved",
  "matrix.cell_edited",
  "matrix.domain_added",
  "matrix.domain_retired",
  "matrix.domain_updated",
  "matrix.domains_reordered",
  "matrix.draft_discarded",
  "matrix.draft_started",
  "matrix.emphasis_changed",
  "matrix.imported",
  "matrix.published",
  "plan.interviewers_pruned",
  "plan.published",
  "plan.saved",
  "plan.unpublished",
  "question.created",
  "question.restored",
  "question.retired",
  "question.updated",
  "readiness.calibration_attempted",
  "readiness.exercise_created",
  "readiness.qualification_claimed",
  "readiness.qualification_granted",
  "readiness.qualification_revoked",
  "readiness.settings_changed",
  "readiness.weekly_limit_set",
  "role.created",
  "role.logistics_changed",
  "role.matrix_moved",
  "role.owner_changed",
  "role.updated",
  "scorecard.amended",
  "scorecard.score_changed",
  "scorecard.submitted",
  "self_id.link_created",
  "settings.check_in_days",
  "settings.fair_hiring_min_group",
  "settings.feedback_visibility",
  "settings.job_ad_texts",
  "settings.self_id_category_added",
  "settings.self_id_category_changed",
  "user.created",
  "user.deactivated",
  "user.initial_admin",
  "user.invited",
  "user.kind_changed",
  "user.password_set",
  "user.reactivated",
  "user.signed_in",
  "user.signed_out_everywhere",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditInput = {
  actorId: string | null;
  /** One of AUDIT_ACTIONS (tests/unit/audit-actions.test.ts checks every writer's literals). */
  action: string;
  entityType: string;
  entityId: string;
  /** Ids and values only; never a candidate's personal data. */
  data?: Prisma.InputJsonValue;
};

export async function recordAudit(input: AuditInput, tx?: Tx) {
  await (tx ?? db).auditEvent.create({ data: input });
}

/** Many events in one statement (a 5,000-row import writes one per candidate and application). */
export async function recordAuditMany(inputs: AuditInput[], tx?: Tx) {
  if (inputs.length) await (tx ?? db).auditEvent.createMany({ data: inputs });
}

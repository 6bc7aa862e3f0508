// Append-only audit log. Every score change, submission, permission change and matrix
// edit goes through here, inside the same transaction as the change when there is one.
// The database refuses UPDATE and DELETE on it; the one exception is erasing a candidate,
// which may replace an event's data with a redaction marker (lib/candidates/erasure.ts).
import type { Prisma } from "./generated/prisma/client";
import { db, type Tx } from "./db";

export { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

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

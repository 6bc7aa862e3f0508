// Append-only audit log. Every score change, submission, permission change and matrix
// edit goes through here, inside the same transaction as the change when there is one.
import type { Prisma } from "./generated/prisma/client";
import { db, type Tx } from "./db";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Ids and values only; never a candidate's personal data. */
  data?: Prisma.InputJsonValue;
};

export async function recordAudit(input: AuditInput, tx?: Tx) {
  await (tx ?? db).auditEvent.create({ data: input });
}

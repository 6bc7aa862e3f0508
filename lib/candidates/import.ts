import "server-only";
import { forbidden, invalid, refused, type ActionResult } from "../action-result";
import { randomUUID } from "node:crypto";
import { recordAuditMany } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { confirmedLinesSchema, csvTextSchema } from "./limits";
import { can } from "../auth/permissions";
import { planImport, type ImportPreview, type PreviewRow } from "./import-plan";

export type { ImportPreview, PreviewRow } from "./import-plan";

const canImport = (u: CurrentUser) => can(u, "manageCandidates");
const countActions = (rows: PreviewRow[]) => {
  const counts = { create: 0, merge: 0, duplicate: 0, error: 0 };
  for (const r of rows) counts[r.action]++;
  return counts;
};

/** Validates the whole file against the database; nothing is written. */
export async function previewImport(
  user: CurrentUser,
  text: unknown,
): Promise<ActionResult<{ preview: ImportPreview }>> {
  if (!canImport(user)) return forbidden("Only recruiters and admins import candidates.");
  const size = csvTextSchema.safeParse(text);
  if (!size.success) return invalid(size.error, size.error.issues[0]!.message);
  const plan = await planImport(user, size.data);
  const rows = plan.rows.map(({ line, name, email, role, stage, action, issues, note, namesake }): PreviewRow => ({
    line,
    name,
    email,
    role,
    stage,
    action,
    issues,
    note,
    ...(namesake ? { namesake } : {}),
  }));
  return {
    ok: true,
    preview: { fileErrors: plan.fileErrors, unknownColumns: plan.unknownColumns, rows, counts: countActions(rows) },
  };
}

/** A line the preview offered to import that the confirm did not import as shown, and why. */
export type ChangedRow = { line: number; email: string; now: "skipped" | "error" | "merged"; reason: string };
export type ImportResult = {
  importId: string;
  created: number;
  merged: number;
  applications: number;
  skipped: number;
  changed: ChangedRow[];
};

/**
 * Imports the valid rows of a file the recruiter has previewed. Re-validates everything, in one
 * transaction. `confirmedLines` (the lines the preview showed as new or merge) keeps the import
 * to what the recruiter saw: rows that turned bad or duplicate since are skipped and listed,
 * rows that became importable since are left for a fresh preview.
 */
export async function commitImport(
  user: CurrentUser,
  text: unknown,
  confirmedLines?: unknown,
  fileName?: string,
): Promise<ActionResult<ImportResult>> {
  if (!canImport(user)) return forbidden("Only recruiters and admins import candidates.");
  const size = csvTextSchema.safeParse(text);
  if (!size.success) return invalid(size.error, size.error.issues[0]!.message);
  const confirmed = confirmedLinesSchema.optional().safeParse(confirmedLines);
  if (!confirmed.success)
    return invalid(confirmed.error, "The preview sent back was malformed; preview the file again.");
  const plan = await planImport(user, size.data);
  if (plan.fileErrors.length) return refused(plan.fileErrors.join(" "));
  const shown = confirmed.data ? new Set(confirmed.data) : null;
  const changed: ChangedRow[] = [];
  const good = plan.rows.filter((r) => {
    const importable = r.action === "create" || r.action === "merge";
    if (!shown) return importable;
    if (shown.has(r.line) && !importable)
      changed.push({
        line: r.line,
        email: r.email,
        now: r.action === "error" ? "error" : "skipped",
        reason: r.issues.map((i) => `${i.column}: ${i.message}`).join("; ") || r.note,
      });
    if (!shown.has(r.line) && importable)
      changed.push({
        line: r.line,
        email: r.email,
        now: "skipped",
        reason: "Not importable in the preview you confirmed; preview the file again to import it",
      });
    return importable && shown.has(r.line);
  });
  const importId = randomUUID();
  return db.$transaction(
    async (tx) => {
      const news = good.filter((r) => r.action === "create");
      // Returned rows are the ones really created: someone else may have added an email since the plan.
      const createdRows = await tx.candidate.createManyAndReturn({
        data: news.map(({ data: d }) => ({
          name: d!.name,
          email: d!.email,
          source: d!.source || null,
          headline: d!.headline || null,
          phone: d!.phone || null,
        })),
        skipDuplicates: true,
        select: { id: true, email: true },
      });
      const createdEmails = new Set(createdRows.map((c) => c.email!));
      const ids = new Map(
        (
          await tx.candidate.findMany({
            where: { email: { in: good.map((r) => r.data!.email) } },
            select: { id: true, email: true },
          })
        ).map((c) => [c.email!, c.id]),
      );
      const wanted = good.flatMap((r) =>
        r.roleId ? [{ candidateId: ids.get(r.data!.email)!, roleId: r.roleId, currentStageId: r.stageId }] : [],
      );
      const apps = await tx.application.createManyAndReturn({
        data: wanted,
        skipDuplicates: true,
        select: { id: true, candidateId: true, roleId: true },
      });
      const made = new Set(apps.map((a) => `${a.candidateId} ${a.roleId}`));
      // What each confirmed row really did; a row that ended up adding nothing is skipped, and said so.
      let skipped = plan.rows.length - good.length;
      for (const r of good) {
        const email = r.data!.email;
        const lostCreate = r.action === "create" && !createdEmails.has(email);
        const appMade = r.roleId ? made.has(`${ids.get(email)} ${r.roleId}`) : false;
        if (r.roleId && !appMade)
          changed.push({
            line: r.line,
            email: r.email,
            now: "skipped",
            reason: "Already a candidate for this role (added since the preview); skipped",
          });
        else if (lostCreate && !r.roleId)
          changed.push({
            line: r.line,
            email: r.email,
            now: "skipped",
            reason: "Someone added a candidate with this email since the preview; nothing new, skipped",
          });
        else if (lostCreate)
          changed.push({
            line: r.line,
            email: r.email,
            now: "merged",
            reason: "Someone added a candidate with this email since the preview; the application was added to them",
          });
        if ((r.roleId && !appMade) || (lostCreate && !r.roleId)) skipped++;
      }
      const createdIds = new Set(createdRows.map((c) => c.id));
      const mergedIds = [...new Set(apps.map((a) => a.candidateId).filter((id) => !createdIds.has(id)))];
      await recordAuditMany(
        [
          {
            actorId: user.id,
            action: "candidates.imported",
            entityType: "CandidateImport",
            entityId: importId,
            data: {
              fileName: fileName ?? null,
              created: createdRows.length,
              rows: plan.rows.length,
              createdCandidateIds: [...createdIds],
              mergedCandidateIds: mergedIds,
              applicationIds: apps.map((a) => a.id),
              skipped,
              changedLines: changed.map((c) => c.line),
            },
          },
          ...createdRows.map((c) => ({
            actorId: user.id,
            action: "candidate.imported",
            entityType: "Candidate",
            entityId: c.id,
            data: { importId },
          })),
          ...apps.map((a) => ({
            actorId: user.id,
            action: "application.created",
            entityType: "Application",
            entityId: a.id,
            data: { roleId: a.roleId, candidateId: a.candidateId, merged: !createdIds.has(a.candidateId), importId },
          })),
        ],
        tx,
      );
      changed.sort((a, b) => a.line - b.line);
      return {
        ok: true as const,
        importId,
        created: createdRows.length,
        merged: mergedIds.length,
        applications: apps.length,
        skipped,
        changed,
      };
    },
    { timeout: 120_000 },
  );
}

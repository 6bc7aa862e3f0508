import "server-only";
import { forbidden, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { parseCandidateCsv, type RowIssue } from "./csv";

export type PreviewRow = { line: number; name: string; email: string; role: string; stage: string; action: "create" | "merge" | "duplicate" | "error"; issues: RowIssue[]; note: string };
export type ImportPreview = { fileErrors: string[]; unknownColumns: string[]; rows: PreviewRow[]; counts: Record<PreviewRow["action"], number> };

const canImport = (u: CurrentUser) => u.kind === "RECRUITER" || u.kind === "ADMIN";

/** Validates the whole file against the database; nothing is written. */
export async function previewImport(user: CurrentUser, text: string): Promise<ActionResult<{ preview: ImportPreview }>> {
  if (!canImport(user)) return forbidden("Only recruiters and admins import candidates.");
  const parsed = parseCandidateCsv(text);
  const counts = { create: 0, merge: 0, duplicate: 0, error: 0 };
  if (parsed.fileErrors.length) return { ok: true, preview: { ...parsed, rows: [], counts } };
  const emails = parsed.rows.flatMap((r) => (r.data ? [r.data.email] : []));
  // Two queries for the whole file, however long: no per-row lookups.
  const [existing, roles] = await Promise.all([
    db.candidate.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, applications: { select: { roleId: true } } } }),
    db.role.findMany({ select: { id: true, title: true, stages: { select: { id: true, name: true } } } }),
  ]);
  const byEmail = new Map(existing.map((c) => [c.email!, c]));
  const rows = parsed.rows.map((r): PreviewRow => {
    const issues = [...r.issues];
    const role = r.data?.role ? roles.find((x) => x.title.toLowerCase() === r.data!.role.toLowerCase()) : undefined;
    if (r.data?.role && !role) issues.push({ column: "role", message: `No role titled “${r.data.role}”` });
    if (r.data?.stage && !r.data.role) issues.push({ column: "stage", message: "A stage needs a role" });
    if (r.data?.stage && role && !role.stages.some((s) => s.name.toLowerCase() === r.data!.stage.toLowerCase())) issues.push({ column: "stage", message: `“${role.title}” has no stage “${r.data.stage}”` });
    const known = r.data ? byEmail.get(r.data.email) : undefined;
    let action: PreviewRow["action"] = "create";
    let note = "New candidate";
    if (issues.length) [action, note] = ["error", "Fix this row"];
    else if (r.duplicateOfLine) [action, note] = ["duplicate", `Same email as line ${r.duplicateOfLine}; skipped`];
    else if (known && role && known.applications.some((a) => a.roleId === role.id)) [action, note] = ["duplicate", "Already a candidate for this role; skipped"];
    else if (known) [action, note] = ["merge", role ? "Known candidate; added to the role" : "Known candidate; nothing new"];
    counts[action]++;
    return { line: r.line, name: r.values.name, email: r.values.email, role: r.values.role, stage: r.values.stage, action, issues, note };
  });
  return { ok: true, preview: { fileErrors: [], unknownColumns: parsed.unknownColumns, rows, counts } };
}

/** Imports the valid rows of a file the recruiter has previewed. Re-validates; one transaction. */
export async function commitImport(user: CurrentUser, text: string): Promise<ActionResult<{ created: number; applications: number; skipped: number }>> {
  const res = await previewImport(user, text);
  if (!res.ok) return res;
  const { preview } = res;
  if (preview.fileErrors.length) return { ok: false, kind: "invalid", message: preview.fileErrors.join(" "), fieldErrors: {} };
  const parsed = parseCandidateCsv(text);
  const actionByLine = new Map(preview.rows.map((p) => [p.line, p.action]));
  const good = parsed.rows.filter((r) => actionByLine.get(r.line) === "create" || actionByLine.get(r.line) === "merge");
  const roles = await db.role.findMany({ select: { id: true, title: true, stages: { select: { id: true, name: true }, orderBy: { position: "asc" } } } });
  return db.$transaction(
    async (tx) => {
      const news = good.filter((r) => actionByLine.get(r.line) === "create");
      await tx.candidate.createMany({ data: news.map((r) => ({ name: r.data!.name, email: r.data!.email, source: r.data!.source || null, headline: r.data!.headline || null, phone: r.data!.phone || null })), skipDuplicates: true });
      const ids = new Map((await tx.candidate.findMany({ where: { email: { in: good.map((r) => r.data!.email) } }, select: { id: true, email: true } })).map((c) => [c.email!, c.id]));
      const apps = good.flatMap((r) => {
        const role = roles.find((x) => x.title.toLowerCase() === r.data!.role.toLowerCase());
        if (!role) return [];
        const stage = role.stages.find((s) => s.name.toLowerCase() === r.data!.stage.toLowerCase()) ?? role.stages[0];
        return [{ candidateId: ids.get(r.data!.email)!, roleId: role.id, currentStageId: stage?.id ?? null }];
      });
      const created = await tx.application.createMany({ data: apps, skipDuplicates: true });
      await recordAudit({ actorId: user.id, action: "candidates.imported", entityType: "Candidate", entityId: "csv", data: { created: news.length, applications: created.count, skipped: preview.rows.length - good.length } }, tx);
      return { ok: true as const, created: news.length, applications: created.count, skipped: preview.rows.length - good.length };
    },
    { timeout: 120_000 },
  );
}

import "server-only";
import { distance } from "fastest-levenshtein";
import { forbidden, invalid, refused, type ActionResult } from "../action-result";
import { randomUUID } from "node:crypto";
import { recordAuditMany } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { parseCandidateCsv, type CsvRow, type RowIssue } from "./csv";
import { confirmedLinesSchema, csvTextSchema } from "./limits";
import { readingKey } from "../validation/text";
import { can, canManagePipeline } from "../auth/permissions";
import { foldForSearch } from "../search/name-search";

export type PreviewRow = {
  line: number;
  name: string;
  email: string;
  role: string;
  stage: string;
  action: "create" | "merge" | "duplicate" | "error";
  issues: RowIssue[];
  note: string;
};
export type ImportPreview = {
  fileErrors: string[];
  unknownColumns: string[];
  rows: PreviewRow[];
  counts: Record<PreviewRow["action"], number>;
};
/** A preview row with what the commit needs: the validated values and the role and stage resolved. */
type PlannedRow = PreviewRow & { data: CsvRow | null; roleId: string | null; stageId: string | null };
type RoleRow = {
  id: string;
  title: string;
  status: string;
  ownerId: string;
  members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
  stages: { id: string; name: string }[];
};

const canImport = (u: CurrentUser) => can(u, "manageCandidates");
const norm = readingKey;

/**
 * The open role a row's "role" cell names (a role id, or a title unique among open roles) and the
 * importer may add candidates to (canManagePipeline, as adding one by hand), or why not.
 */
function resolveRole(
  user: CurrentUser,
  value: string,
  roles: RoleRow[],
  openByTitle: Map<string, RoleRow[]>,
): { role: RoleRow } | { issue: string } {
  const found = findRole(value, roles, openByTitle);
  if ("role" in found && !canManagePipeline(user, found.role))
    return {
      issue: `You are not on the hiring team of “${found.role.title}”: its owner, its recruiter or an admin adds its candidates`,
    };
  return found;
}

function findRole(
  value: string,
  roles: RoleRow[],
  openByTitle: Map<string, RoleRow[]>,
): { role: RoleRow } | { issue: string } {
  const byId = roles.find((r) => r.id === value.trim());
  if (byId)
    return byId.status === "OPEN"
      ? { role: byId }
      : { issue: `Role ${byId.id} (“${byId.title}”) is ${byId.status.toLowerCase()}; import into open roles only` };
  const open = openByTitle.get(norm(value)) ?? [];
  if (open.length === 1) return { role: open[0]! };
  if (open.length > 1)
    return {
      issue: `${open.length} open roles are titled “${value}”; use the role id instead (${open.map((r) => r.id).join(", ")}) or give the roles unique titles`,
    };
  const closed = roles.find((r) => norm(r.title) === norm(value));
  if (closed) return { issue: `“${closed.title}” is ${closed.status.toLowerCase()}; import into open roles only` };
  const near = nearestTitle(value, [...new Set([...openByTitle.values()].flat().map((r) => r.title))]);
  return { issue: `No open role titled “${value}”${near ? `. Did you mean “${near}”?` : ""}` };
}

/** The open role title closest to a mistyped one, if it is close enough to be a typo (about a third of it differs at most). */
export function nearestTitle(value: string, titles: string[]): string | null {
  const typed = norm(value);
  let best: { title: string; d: number } | null = null;
  for (const title of titles) {
    const d = distance(typed, norm(title));
    if (!best || d < best.d) best = { title, d };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.title : null;
}

/** Validates the whole file against the database and decides each row's fate; writes nothing. */
async function planImport(
  user: CurrentUser,
  text: string,
): Promise<{ fileErrors: string[]; unknownColumns: string[]; rows: PlannedRow[] }> {
  const parsed = parseCandidateCsv(text);
  if (parsed.fileErrors.length)
    return { fileErrors: parsed.fileErrors, unknownColumns: parsed.unknownColumns, rows: [] };
  const emails = parsed.rows.flatMap((r) => (r.data ? [r.data.email] : []));
  // Two queries for the whole file, however long: no per-row lookups.
  const [existing, roles] = await Promise.all([
    db.candidate.findMany({
      where: { email: { in: emails } },
      select: {
        id: true,
        email: true,
        name: true,
        applications: { select: { roleId: true, status: true, role: { select: { title: true } } } },
      },
    }),
    db.role.findMany({
      select: {
        id: true,
        title: true,
        status: true,
        ownerId: true,
        members: { select: { userId: true, function: true } },
        stages: { select: { id: true, name: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  const byEmail = new Map(
    existing.map((c) => [
      c.email!,
      {
        name: c.name,
        roleIds: new Set(c.applications.map((a) => a.roleId)),
        hiredFor: c.applications.filter((a) => a.status === "HIRED").map((a) => a.role.title),
      },
    ]),
  );
  const openByTitle = new Map<string, RoleRow[]>();
  for (const r of roles)
    if (r.status === "OPEN") openByTitle.set(norm(r.title), [...(openByTitle.get(norm(r.title)) ?? []), r]);
  // Per email in this file: the first line importing that person, and the line adding each role.
  const inFile = new Map<string, { firstLine: number; name: string; roleLines: Map<string, number> }>();

  const rows = parsed.rows.map((r): PlannedRow => {
    const issues = [...r.issues];
    const d = r.data;
    // The role and stage are checked even when another cell of the row is wrong, so a row's
    // problems are listed together rather than one preview at a time (previews are rate-limited).
    const cell = (c: "role" | "stage") => (d ? d[c] : r.issues.some((i) => i.column === c) ? "" : r.values[c].trim());
    const [roleCell, stageCell] = [cell("role"), cell("stage")];
    let role: RoleRow | null = null;
    if (roleCell) {
      const found = resolveRole(user, roleCell, roles, openByTitle);
      if ("issue" in found) issues.push({ column: "role", message: found.issue });
      else role = found.role;
    }
    if (stageCell && !roleCell) issues.push({ column: "stage", message: "A stage needs a role" });
    const stage = role
      ? stageCell
        ? role.stages.find((s) => norm(s.name) === norm(stageCell))
        : role.stages[0]
      : undefined;
    if (role && stageCell && !stage)
      issues.push({ column: "stage", message: `“${role.title}” has no stage “${stageCell}”` });
    const base = {
      line: r.line,
      name: r.values.name,
      email: r.values.email,
      role: r.values.role,
      stage: r.values.stage,
      issues,
      data: d,
      roleId: role?.id ?? null,
      stageId: stage?.id ?? null,
    };
    if (!d || issues.length) return { ...base, action: "error", note: "Fix this row" };

    const known = byEmail.get(d.email);
    const seen = inFile.get(d.email);
    // Matched by email: a different name in the file is said, not silently dropped (the name on
    // file, or on the file's first line for this email, is the one kept), and so is a hire.
    const otherName = (kept: string, where: string) =>
      sameName(kept, d.name) ? "" : `. The file names them “${d.name}”; the name ${where}, “${kept}”, is kept`;
    const knownNote = known
      ? otherName(known.name, "on file") +
        (known.hiredFor.length ? `. Already hired for ${known.hiredFor.map((t) => `“${t}”`).join(", ")}` : "")
      : "";
    const seenNote = seen ? otherName(seen.name, `on line ${seen.firstLine}`) : "";
    const decide = (): [PreviewRow["action"], string] => {
      if (!role) {
        if (known)
          return ["duplicate", `Already a candidate, and no role in this row; nothing new, skipped${knownNote}`];
        if (seen) return ["duplicate", `Same email as line ${seen.firstLine}, and no role; skipped${seenNote}`];
        return ["create", "New candidate"];
      }
      if (known?.roleIds.has(role.id))
        return ["duplicate", `Already a candidate for “${role.title}”; skipped${knownNote}`];
      const sameRoleLine = seen?.roleLines.get(role.id);
      if (sameRoleLine) return ["duplicate", `Same email and role as line ${sameRoleLine}; skipped${seenNote}`];
      if (known) return ["merge", `Known candidate; adds an application to “${role.title}”${knownNote}`];
      if (seen)
        return ["merge", `Same person as line ${seen.firstLine}; adds an application to “${role.title}”${seenNote}`];
      return ["create", `New candidate for “${role.title}”`];
    };
    const [action, note] = decide();
    if (action !== "duplicate") {
      const entry = seen ?? { firstLine: r.line, name: d.name, roleLines: new Map<string, number>() };
      if (role) entry.roleLines.set(role.id, r.line);
      inFile.set(d.email, entry);
    }
    return { ...base, action, note };
  });
  return { fileErrors: [], unknownColumns: parsed.unknownColumns, rows };
}

/** Two spellings of one name, as the name search folds them: case, accents, apostrophes and spacing aside. */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => foldForSearch(s).toLowerCase().trim();
  return fold(a) === fold(b);
}

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
  const rows = plan.rows.map(({ line, name, email, role, stage, action, issues, note }): PreviewRow => ({
    line,
    name,
    email,
    role,
    stage,
    action,
    issues,
    note,
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

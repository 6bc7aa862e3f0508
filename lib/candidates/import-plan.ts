// Planning a CSV import: each row of the file checked against the database (the role and stage
// it names, the person it may already be), with what an import would do to it. Nothing is written;
// import.ts previews a plan or commits it.
import "server-only";
import { distance } from "fastest-levenshtein";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { parseCandidateCsv, type CsvRow, type RowIssue } from "./csv";
import { readingKey } from "../validation/text";
import { canManagePipeline } from "../auth/permissions";
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
  /** A new candidate whose name an earlier new line of the file has (another email): that line. */
  namesake?: number;
};
export type ImportPreview = {
  fileErrors: string[];
  unknownColumns: string[];
  rows: PreviewRow[];
  counts: Record<PreviewRow["action"], number>;
};
/** A preview row with what the commit needs: the validated values and the role and stage resolved. */
export type PlannedRow = PreviewRow & { data: CsvRow | null; roleId: string | null; stageId: string | null };
type RoleRow = {
  id: string;
  title: string;
  status: string;
  ownerId: string;
  members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[];
  stages: { id: string; name: string }[];
};

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
export async function planImport(
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
  const newNames = new Map<string, { line: number; email: string }>();

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
    const [action, decided] = decide();
    let note = decided;
    let namesake: number | undefined;
    if (action === "create") {
      // Two emails, one name: two people of one name, or one person typed twice; the recruiter decides.
      const key = foldName(d.name);
      const first = newNames.get(key);
      if (first) {
        namesake = first.line;
        note += `. Same name as line ${first.line} (${first.email}): two people, or one typed twice?`;
      } else newNames.set(key, { line: r.line, email: d.email });
    }
    if (action !== "duplicate") {
      const entry = seen ?? { firstLine: r.line, name: d.name, roleLines: new Map<string, number>() };
      if (role) entry.roleLines.set(role.id, r.line);
      inFile.set(d.email, entry);
    }
    return { ...base, action, note, ...(namesake ? { namesake } : {}) };
  });
  return { fileErrors: [], unknownColumns: parsed.unknownColumns, rows };
}

/** A name as the name search folds it: case, accents, apostrophes, hyphens and spacing aside. */
const foldName = (s: string) => foldForSearch(s).toLowerCase().trim();

/** Two spellings of one name. */
function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

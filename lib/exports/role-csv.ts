import "server-only";
import Papa from "papaparse";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { roleComparison, type RoleComparison } from "../data/role-comparison";

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Leading =,+,-,@ (or tab/CR) would make spreadsheets run the cell as a formula (CSV injection),
 * so such cells get a leading apostrophe. Plain numbers are left alone: a gap of -1 must stay -1.
 */
export function safe(v: unknown) {
  const s = v == null ? "" : String(v);
  if (PLAIN_NUMBER.test(s)) return s;
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
const csv = (rows: Record<string, unknown>[]) => Papa.unparse(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safe(v)]))));

export type CsvResult = { ok: true; csv: string } | { ok: false; status: 403 | 404; error: string };

/**
 * The role comparison, or why there is nothing to export: 404 when the role doesn't exist or
 * isn't the viewer's to open, 403 when the viewer may open it but sees no candidate's feedback
 * (a manager who doesn't own the role and interviewed nobody on it).
 */
async function exportable(user: CurrentUser, roleId: string): Promise<{ ok: true; cmp: RoleComparison } | Extract<CsvResult, { ok: false }>> {
  const cmp = await roleComparison(user, roleId);
  if (!cmp) return { ok: false, status: 404, error: "Role not found, or you may not export it." };
  if (!cmp.canExport) {
    return { ok: false, status: 403, error: "Only this role's hiring team (its owner, its recruiters, admins) and interviewers who have submitted may export its scores." };
  }
  return { ok: true, cmp };
}

/**
 * One row per candidate x domain x interviewer (submitted scorecards only). Candidates whose
 * feedback the viewer may not see (independence rule) are left out; the compare page lists them.
 */
export async function roleScoresCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  const { cmp } = res;
  const visibleIds = new Set(cmp.rows.filter((r) => r.visible).map((r) => r.application.id));
  const all = await db.domainScore.findMany({
    where: { scorecard: { status: "SUBMITTED", interview: { application: { roleId } } } },
    orderBy: [{ scorecard: { interview: { applicationId: "asc" } } }],
    include: { scorecard: { include: { interviewer: { select: { name: true } }, interview: { include: { stage: { select: { name: true } }, application: { include: { candidate: { select: { name: true, erasedAt: true } } } } } } } } },
  });
  const scores = all.filter((s) => visibleIds.has(s.scorecard.interview.applicationId));
  const name = (id: string) => cmp.targets.find((t) => t.domainId === id);
  return {
    ok: true,
    csv: csv(
      scores.map((s) => ({
        candidate: s.scorecard.interview.application.candidate.erasedAt ? "Erased candidate" : s.scorecard.interview.application.candidate.name,
        application_id: s.scorecard.interview.applicationId,
        domain: name(s.domainId)?.name ?? s.domainId,
        target: name(s.domainId)?.target ?? 0,
        interviewer: s.scorecard.interviewer.name,
        stage: s.scorecard.interview.stage.name,
        rating: s.notAssessed ? "not assessed" : s.rating,
        recommendation: s.scorecard.recommendation,
        evidence: s.evidence,
        submitted_at: s.scorecard.submittedAt?.toISOString(),
        matrix_version_id: s.scorecard.matrixVersionId,
      })),
    ),
  };
}

/** One row per candidate x domain: consensus, spread, gap, status; plus fit. Same candidates as roleScoresCsv. */
export async function roleGapsCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  return {
    ok: true,
    csv: csv(
      res.cmp.rows.flatMap((r) =>
        r.visible
          ? r.summary.domains.map((d) => ({ candidate: r.name, application_id: r.application.id, domain: d.name, target: d.target, weight: d.weight, consensus: d.consensus.median, spread: d.consensus.spread, ratings: d.consensus.count, gap: d.gap.gap, status: d.gap.status, disagreement: d.disagreement, fit: r.summary.fit }))
          : [],
      ),
    ),
  };
}

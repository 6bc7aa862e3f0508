import "server-only";
import Papa from "papaparse";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { roleComparison } from "../data/role-comparison";

/** Leading =,+,-,@ would make spreadsheets run the cell as a formula (CSV injection). */
function safe(v: unknown) {
  const s = v == null ? "" : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
const csv = (rows: Record<string, unknown>[]) => Papa.unparse(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safe(v)]))));

/** One row per candidate x domain x interviewer (submitted scorecards only). Null when not allowed. */
export async function roleScoresCsv(user: CurrentUser, roleId: string) {
  const cmp = await roleComparison(user, roleId);
  if (!cmp) return null;
  const scores = await db.domainScore.findMany({
    where: { scorecard: { status: "SUBMITTED", interview: { application: { roleId } } } },
    orderBy: [{ scorecard: { interview: { applicationId: "asc" } } }],
    include: { scorecard: { include: { interviewer: { select: { name: true } }, interview: { include: { stage: { select: { name: true } }, application: { include: { candidate: { select: { name: true, erasedAt: true } } } } } } } } },
  });
  const name = (id: string) => cmp.targets.find((t) => t.domainId === id);
  return csv(
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
  );
}

/** One row per candidate x domain: consensus, spread, gap, status; plus fit. */
export async function roleGapsCsv(user: CurrentUser, roleId: string) {
  const cmp = await roleComparison(user, roleId);
  if (!cmp) return null;
  return csv(
    cmp.rows.flatMap((r) =>
      r.summary.domains.map((d) => ({ candidate: r.name, application_id: r.application.id, domain: d.name, target: d.target, weight: d.weight, consensus: d.consensus.median, spread: d.consensus.spread, ratings: d.consensus.count, gap: d.gap.gap, status: d.gap.status, disagreement: d.disagreement, fit: r.summary.fit })),
    ),
  );
}

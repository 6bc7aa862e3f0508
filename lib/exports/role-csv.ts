import "server-only";
import Papa from "papaparse";
import type { CurrentUser } from "../auth/session";
import { comparisonRole, comparisonRowsInPages, roleComparisonPage, type ComparisonRole } from "../data/role-comparison";
import { db } from "../db";
import { visibleFeedbackWhere } from "../scorecards/visibility";

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

/** CSV lines for a batch of rows; the header only with the first batch. */
function csvChunk(rows: Record<string, unknown>[], first: boolean): string {
  if (!rows.length) return "";
  const body = Papa.unparse(
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, safe(v)]))),
    { header: first },
  );
  return (first ? "" : "\r\n") + body;
}

/** The CSV text as chunks, produced batch by batch while the response streams. */
export type CsvResult = { ok: true; chunks: AsyncIterable<string> } | { ok: false; status: 403 | 404; error: string };

/** Collects a CSV result's text (tests, small exports). */
export async function csvText(res: Extract<CsvResult, { ok: true }>): Promise<string> {
  let out = "";
  for await (const chunk of res.chunks) out += chunk;
  return out;
}

/**
 * The role, or why there is nothing to export: 404 when the role doesn't exist or isn't the
 * viewer's to open, 403 when the viewer may open it but sees no candidate's feedback (a manager
 * who doesn't own the role and interviewed nobody on it).
 */
async function exportable(user: CurrentUser, roleId: string): Promise<{ ok: true; role: ComparisonRole } | Extract<CsvResult, { ok: false }>> {
  const role = await comparisonRole(user, roleId);
  if (!role) return { ok: false, status: 404, error: "Role not found, or you may not export it." };
  const { canExport } = await roleComparisonPage(user, role, { view: "scored", sort: "recent", size: 1 });
  if (!canExport) {
    return { ok: false, status: 403, error: "Only this role's hiring team (its owner, its recruiters, admins) and interviewers who have submitted may export its scores." };
  }
  return { ok: true, role };
}

const BATCH = 2000;

/**
 * One row per candidate x domain x interviewer (submitted scorecards only), in batches by key.
 * Candidates whose feedback the viewer may not see (independence rule) are excluded by the
 * query itself; the compare page lists them.
 */
export async function roleScoresCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  const { role } = res;
  const domain = new Map(role.targets.map((t) => [t.domainId, t]));
  const where = { scorecard: { status: "SUBMITTED" as const, interview: { application: { roleId, ...visibleFeedbackWhere(user, role.visibility) } } } };
  async function* chunks() {
    let after: string | undefined;
    for (let first = true; ; first = false) {
      const batch = await db.domainScore.findMany({
        where: after ? { ...where, id: { gt: after } } : where,
        orderBy: { id: "asc" },
        take: BATCH,
        select: {
          id: true,
          domainId: true,
          rating: true,
          notAssessed: true,
          evidence: true,
          scorecard: {
            select: {
              recommendation: true,
              submittedAt: true,
              matrixVersionId: true,
              interviewer: { select: { name: true } },
              interview: { select: { applicationId: true, stage: { select: { name: true } }, application: { select: { candidate: { select: { name: true, erasedAt: true } } } } } },
            },
          },
        },
      });
      yield csvChunk(
        batch.map((s) => ({
          candidate: s.scorecard.interview.application.candidate.erasedAt ? "Erased candidate" : s.scorecard.interview.application.candidate.name,
          application_id: s.scorecard.interview.applicationId,
          domain: domain.get(s.domainId)?.name ?? s.domainId,
          target: domain.get(s.domainId)?.target ?? 0,
          interviewer: s.scorecard.interviewer.name,
          stage: s.scorecard.interview.stage.name,
          rating: s.notAssessed ? "not assessed" : s.rating,
          recommendation: s.scorecard.recommendation,
          evidence: s.evidence,
          submitted_at: s.scorecard.submittedAt?.toISOString(),
          matrix_version_id: s.scorecard.matrixVersionId,
        })),
        first,
      );
      if (batch.length < BATCH) return;
      after = batch.at(-1)!.id;
    }
  }
  return { ok: true, chunks: chunks() };
}

/** One row per candidate x domain: consensus, spread, gap, status; plus fit. Same candidates as roleScoresCsv. */
export async function roleGapsCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  const { role } = res;
  async function* chunks() {
    let first = true;
    for await (const rows of comparisonRowsInPages(user, role, { view: "scored" })) {
      yield csvChunk(
        rows.flatMap((r) =>
          r.domains.map((d) => ({ candidate: r.name, application_id: r.applicationId, domain: d.name, target: d.target, weight: d.weight, consensus: d.consensus.median, spread: d.consensus.spread, ratings: d.consensus.count, gap: d.gap.gap, status: d.gap.status, disagreement: d.disagreement, fit: r.evidenced ? r.fit : null })),
        ),
        first,
      );
      first = false;
    }
  }
  return { ok: true, chunks: chunks() };
}

/** A streamed CSV download. */
export function csvResponse(res: Extract<CsvResult, { ok: true }>, filename: string): Response {
  const encoder = new TextEncoder();
  const iterator = res.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else if (value) controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" } });
}

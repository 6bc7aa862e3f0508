import "server-only";
import Papa from "papaparse";
import type { CurrentUser } from "../auth/session";
import { canExportRoleScores } from "../auth/permissions";
import { comparisonRole, comparisonRowsInPages, type ComparisonRole } from "../data/role-comparison";
import { db } from "../db";
import { fitText } from "../scoring";
import { hiddenReasonSql, visibleFeedbackWhere } from "../scorecards/visibility";
import { csvFilename } from "./csv-response";
import { retiredName } from "../matrix/retired-name";

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Leading =,+,-,@ (or tab/CR) would make spreadsheets run the cell as a formula (CSV injection),
 * so such cells get a leading apostrophe. Also when the sign comes after invisible characters
 * (zero-width spaces, a byte-order mark) or in its full-width form (＝, ＋, －, ＠), which some
 * spreadsheets read as the ASCII sign. Plain numbers are left alone: a gap of -1 must stay -1.
 */
export function safe(v: unknown) {
  const s = v == null ? "" : String(v);
  if (PLAIN_NUMBER.test(s)) return s;
  return FORMULA_START.test(s) ? `'${s}` : s;
}
const FORMULA_START = /^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** The header line: written first, so an export with no rows still names its columns. */
function csvHeader(columns: readonly string[]): string {
  return Papa.unparse([[...columns]]);
}

/** CSV lines for a batch of rows, each after a line break (the header came first). */
function csvChunk<C extends string>(columns: readonly C[], rows: Record<C, unknown>[]): string {
  if (!rows.length) return "";
  return `\r\n${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => safe(r[c]))) }, { header: false })}`;
}

const SCORE_COLUMNS = [
  "candidate",
  "application_id",
  "domain",
  "target",
  "interviewer",
  "stage",
  "rating",
  "recommendation",
  "evidence",
  "submitted_at",
  "matrix_version_id",
] as const;
const GAP_COLUMNS = [
  "candidate",
  "application_id",
  "domain",
  "target",
  "weight",
  "consensus",
  "spread",
  "ratings",
  "gap",
  "status",
  "disagreement",
  "fit",
  "fit_basis",
] as const;

/** The CSV text as chunks, produced batch by batch while the response streams. */
export type CsvResult =
  { ok: true; chunks: AsyncIterable<string>; filename: string } | { ok: false; status: 403 | 404; error: string };

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
async function exportable(
  user: CurrentUser,
  roleId: string,
): Promise<{ ok: true; role: ComparisonRole } | Extract<CsvResult, { ok: false }>> {
  const role = await comparisonRole(user, roleId);
  if (!role) return { ok: false, status: 404, error: "Role not found, or you may not export it." };
  // One indexed probe, not the comparison's aggregation: is any candidate's feedback visible?
  const someVisible = await db.application.findFirst({
    where: { AND: [{ roleId }, visibleFeedbackWhere(user, role.visibility)] },
    select: { id: true },
  });
  if (!canExportRoleScores(role.lead, someVisible !== null)) {
    return {
      ok: false,
      status: 403,
      error:
        "Only this role's hiring team (its owner, its recruiters, admins) and managers who have submitted a scorecard on it may export its scores.",
    };
  }
  return { ok: true, role };
}

/** Applications per batch: about 20 score rows each, so a batch is a few thousand rows. */
const BATCH = 200;

type ScoreRow = {
  app_id: string;
  cand_name: string;
  erased: boolean;
  /** null: a scorecard without domain scores, one row for its recommendation. */
  domain_id: string | null;
  rating: number | null;
  not_assessed: boolean | null;
  evidence: string | null;
  recommendation: string | null;
  submitted_at: Date | null;
  matrix_version_id: string;
  /** The domain's name in the scorecard's own matrix version. */
  scored_name: string | null;
  interviewer: string;
  stage: string;
};

/**
 * One row per candidate x domain x interviewer (submitted scorecards only), candidate by
 * candidate: each batch takes the next applications of the role (by id) whose feedback the
 * viewer may see — the independence rule is the batch's WHERE — and reads their scores in one
 * statement. The compare page lists the candidates left out.
 */
export async function roleScoresCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  const { role } = res;
  const domain = new Map(role.targets.map((t) => [t.domainId, t]));
  async function* chunks() {
    yield csvHeader(SCORE_COLUMNS);
    let after = "";
    for (;;) {
      const batch = await db.$queryRaw<(ScoreRow & { last_app: string | null })[]>`
        WITH apps AS (
          SELECT a.id, c.name, (c."erasedAt" IS NOT NULL) AS erased FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
          WHERE a."roleId" = ${roleId} AND a.id > ${after} AND ${hiddenReasonSql(user, role.visibility, "a")} IS NULL
          ORDER BY a.id LIMIT ${BATCH}
        )
        SELECT apps.id AS app_id, apps.name AS cand_name, apps.erased, ds."domainId" AS domain_id, ds.rating, ds."notAssessed" AS not_assessed, ds.evidence,
          s.recommendation::text AS recommendation, s."submittedAt" AS submitted_at, s."matrixVersionId" AS matrix_version_id, u.name AS interviewer, st.name AS stage,
          (SELECT mvd.name FROM "MatrixVersionDomain" mvd WHERE mvd."versionId" = s."matrixVersionId" AND mvd."domainId" = ds."domainId") AS scored_name,
          (SELECT max(id) FROM apps) AS last_app
        FROM apps
        JOIN "Interview" i ON i."applicationId" = apps.id AND i.seat = 'LEAD' -- training seats are never the panel's ratings
        JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
        -- A scorecard without domain scores (a stage with no focus domains) is one row, its recommendation's.
        LEFT JOIN "DomainScore" ds ON ds."scorecardId" = s.id
        JOIN "User" u ON u.id = s."interviewerId"
        JOIN "InterviewStage" st ON st.id = i."stageId"
        ORDER BY apps.id, st.position, u.name, ds."domainId"`;
      yield csvChunk(
        SCORE_COLUMNS,
        batch.map((s) => ({
          candidate: s.erased ? "Erased candidate" : s.cand_name,
          application_id: s.app_id,
          // A domain the role's version retired keeps the name it was scored under (never an id).
          domain:
            s.domain_id === null ? "" : (domain.get(s.domain_id)?.name ?? retiredName(s.scored_name ?? s.domain_id)),
          target: s.domain_id === null ? undefined : (domain.get(s.domain_id)?.target ?? 0),
          interviewer: s.interviewer,
          stage: s.stage,
          rating: s.domain_id === null ? undefined : s.not_assessed ? "not assessed" : s.rating,
          recommendation: s.recommendation,
          evidence: s.evidence,
          submitted_at: s.submitted_at ? new Date(s.submitted_at).toISOString() : undefined,
          matrix_version_id: s.matrix_version_id,
        })),
      );
      // The batch's last application, even when its scores were all on earlier rows (or it had none).
      const last = batch[0]?.last_app;
      if (!last) {
        // No scores in this batch: it may still have held applications without scores; look past them.
        const next = await db.$queryRaw<{ id: string }[]>`
          SELECT max(id) AS id FROM (SELECT a.id FROM "Application" a WHERE a."roleId" = ${roleId} AND a.id > ${after} AND ${hiddenReasonSql(user, role.visibility, "a")} IS NULL ORDER BY a.id LIMIT ${BATCH}) x`;
        if (!next[0]?.id) return;
        after = next[0].id;
        continue;
      }
      after = last;
    }
  }
  return { ok: true, chunks: chunks(), filename: csvFilename(role.title, "scores") };
}

/** One row per candidate x domain: consensus, spread, gap, status; plus fit. Same candidates as roleScoresCsv. */
export async function roleGapsCsv(user: CurrentUser, roleId: string): Promise<CsvResult> {
  const res = await exportable(user, roleId);
  if (!res.ok) return res;
  const { role } = res;
  async function* chunks() {
    yield csvHeader(GAP_COLUMNS);
    for await (const rows of comparisonRowsInPages(user, role, { view: "scored" })) {
      yield csvChunk(
        GAP_COLUMNS,
        rows.flatMap((r) =>
          r.domains.map((d) => ({
            candidate: r.name,
            application_id: r.applicationId,
            domain: d.name,
            target: d.target,
            weight: d.weight,
            consensus: d.consensus.median,
            spread: d.consensus.spread,
            ratings: d.consensus.count,
            gap: d.gap.gap,
            status: d.gap.status,
            disagreement: d.disagreement,
            fit: r.evidenced ? r.fit : null,
            // Empty fit means "not yet assessed", never 0; a partial fit says what it rests on.
            fit_basis: fitText({
              fit: r.evidenced ? r.fit : null,
              targetDomains: r.targetDomains,
              assessedDomains: r.evidenced,
            }),
          })),
        ),
      );
    }
  }
  return { ok: true, chunks: chunks(), filename: csvFilename(role.title, "gaps") };
}

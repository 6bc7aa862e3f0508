// The fair-hiring report: for one role and one self-identification category, how many people of
// each group were decided at each interview stage and how many moved on, computed by PostgreSQL
// (one grouped query); the statistics (four-fifths ratio, Fisher's exact test, suppression) are
// lib/fair-hiring/stats.ts. Admins only (viewFairHiringReport), and every view or download is
// audited. The self-identification answers never leave this module except as these aggregates.
import "server-only";
import Papa from "papaparse";
import { recordAudit } from "../audit";
import { can } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { safe } from "../exports/role-csv";
import { Prisma } from "../generated/prisma/client";
import { fairHiringQuerySchema } from "../validation/self-id";
import { compareStages, reading, type GroupCounts, type GroupResult } from "./stats";
import { csvFilename, csvResponse } from "../exports/csv-response";

/** The row for everyone who chose "prefer not to say" or never answered: shown (unless small), never compared. */
export const UNDISCLOSED = "Not disclosed";
/** The last row of every report: of the people with an outcome (hired or turned down at any stage), who was hired. */
export const OVERALL_STAGE = "Hired, of everyone with an outcome";

export type FairHiringStage = { stageId: string | null; name: string; groups: GroupResult[] };
export type FairHiringReport = {
  role: { id: string; title: string };
  category: { id: string; key: string; label: string; options: string[] };
  minGroup: number;
  applicants: number;
  /** Applicants who answered this category with a group (not "prefer not to say"). */
  disclosed: number;
  stages: FairHiringStage[];
};
export type FairHiringChoices = {
  roles: { id: string; title: string; applicants: number }[];
  categories: { id: string; key: string; label: string }[];
};

type Row = {
  stage_id: string | null;
  stage_name: string | null;
  position: number | null;
  grp: string | null;
  decided: number;
  passed: number;
};

/**
 * Per stage of the role (by position) and group: `decided` = people who reached the stage and
 * then either moved past it (their current stage is a later one, or they were hired) or were
 * turned down at it (REJECTED while it is their current stage); `passed` = the first kind. People
 * still at the stage, withdrawn ones and those not yet at any stage are not decided there, nor
 * are people who entered the pipeline after it (Application.entryStageId: imported straight into
 * a later stage, they never went through it). A last row (stage NULL) counts hires among everyone
 * hired or rejected. Reads the current stage, not a history: someone moved back a stage counts at
 * the stage they are at now.
 */
export function passThroughSql(roleId: string, categoryId: string) {
  return Prisma.sql`
    WITH st AS (SELECT id, name, position FROM "InterviewStage" WHERE "roleId" = ${roleId}),
    apps AS (
      SELECT a.status, cs.position AS pos, es.position AS entry_pos, ans.value AS grp
      FROM "Application" a
      LEFT JOIN st cs ON cs.id = a."currentStageId"
      LEFT JOIN st es ON es.id = a."entryStageId"
      LEFT JOIN "SelfIdAnswer" ans ON ans."candidateId" = a."candidateId" AND ans."categoryId" = ${categoryId}
      WHERE a."roleId" = ${roleId}
    )
    SELECT st.id AS stage_id, st.name AS stage_name, st.position, apps.grp,
      count(*) FILTER (WHERE apps.status = 'HIRED' OR apps.pos > st.position OR (apps.pos = st.position AND apps.status = 'REJECTED'))::int AS decided,
      count(*) FILTER (WHERE apps.status = 'HIRED' OR apps.pos > st.position)::int AS passed
    FROM st JOIN apps ON (apps.pos >= st.position OR apps.status = 'HIRED')
      AND (apps.entry_pos IS NULL OR apps.entry_pos <= st.position)
    GROUP BY st.id, st.name, st.position, apps.grp
    UNION ALL
    SELECT NULL, NULL, NULL, apps.grp,
      count(*) FILTER (WHERE apps.status IN ('HIRED', 'REJECTED'))::int,
      count(*) FILTER (WHERE apps.status = 'HIRED')::int
    FROM apps GROUP BY apps.grp
    ORDER BY 3 NULLS LAST, 4 NULLS LAST`;
}

/** Roles with applicants and the active categories, for the report's pickers (no self-identification data). */
export async function fairHiringChoices(): Promise<FairHiringChoices> {
  const [roles, categories] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; applicants: number }[]>`
      SELECT r.id, r.title, count(a.id)::int AS applicants FROM "Role" r JOIN "Application" a ON a."roleId" = r.id
      GROUP BY r.id, r.title ORDER BY count(a.id) DESC, r.title, r.id`,
    db.selfIdCategory.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, key: true, label: true },
    }),
  ]);
  return { roles, categories };
}

export type ReportRequest = { roleId: string; category: string };
export type ReportAnswer = { ok: true; report: FairHiringReport } | { ok: false; kind: "forbidden" | "not_found" };

/** Builds the report; audits the view (`via`: the page or the CSV download). */
export async function fairHiringReport(
  actor: CurrentUser,
  req: ReportRequest,
  via: "page" | "csv",
): Promise<ReportAnswer> {
  if (!can(actor, "viewFairHiringReport")) return { ok: false, kind: "forbidden" };
  const [role, category, settings] = await Promise.all([
    db.role.findUnique({ where: { id: req.roleId }, select: { id: true, title: true } }),
    db.selfIdCategory.findFirst({
      where: { key: req.category, active: true },
      select: { id: true, key: true, label: true, options: true },
    }),
    db.orgSettings.findUnique({ where: { id: 1 }, select: { fairHiringMinGroup: true } }),
  ]);
  if (!role || !category) return { ok: false, kind: "not_found" };
  const minGroup = settings?.fairHiringMinGroup ?? 10;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<Row[]>(passThroughSql(role.id, category.id)),
    db.$queryRaw<{ applicants: number; disclosed: number }[]>`
      SELECT count(*)::int AS applicants, count(ans.value)::int AS disclosed
      FROM "Application" a LEFT JOIN "SelfIdAnswer" ans ON ans."candidateId" = a."candidateId" AND ans."categoryId" = ${category.id}
      WHERE a."roleId" = ${role.id}`,
  ]);
  const exported = via === "csv";
  await recordAudit({
    actorId: actor.id,
    action: exported ? "fair_hiring.exported" : "fair_hiring.viewed",
    entityType: "Role",
    entityId: role.id,
    data: { category: category.key, minGroup },
  });
  return {
    ok: true,
    report: {
      role,
      category,
      minGroup,
      applicants: counts[0]?.applicants ?? 0,
      disclosed: counts[0]?.disclosed ?? 0,
      stages: buildStages(rows, category.options, minGroup),
    },
  };
}

/** Rows to stages: every option of the category appears (zero when nobody of it got there), then any other stored value, then the undisclosed. */
export function buildStages(rows: Row[], options: string[], minGroup: number): FairHiringStage[] {
  const stages = new Map<string, { stageId: string | null; name: string; rows: Row[] }>();
  for (const r of rows) {
    const key = r.stage_id ?? "";
    if (!stages.has(key)) stages.set(key, { stageId: r.stage_id, name: r.stage_name ?? OVERALL_STAGE, rows: [] });
    stages.get(key)!.rows.push(r);
  }
  const extra = [
    ...new Set(rows.map((r) => r.grp).filter((g): g is string => g !== null && !options.includes(g))),
  ].sort();
  const order = [...options, ...extra];
  const anyUndisclosed = rows.some((r) => r.grp === null);
  const counts = [...stages.values()].map((s) => {
    const of = (g: string | null) => s.rows.find((r) => r.grp === g);
    const groups: GroupCounts[] = order.map((g) => ({
      group: g,
      decided: of(g)?.decided ?? 0,
      passed: of(g)?.passed ?? 0,
    }));
    // At every stage once anyone is undisclosed: a row missing from a later stage would say that
    // nobody of a withheld row moved on.
    const undisclosed = of(null);
    if (anyUndisclosed)
      groups.push({
        group: UNDISCLOSED,
        decided: undisclosed?.decided ?? 0,
        passed: undisclosed?.passed ?? 0,
        compare: false,
      });
    return groups;
  });
  // The rows come in pipeline order, the hires last (passThroughSql's ORDER BY): one linked table.
  const results = compareStages(counts, minGroup);
  return [...stages.values()].map((s, i) => ({ stageId: s.stageId, name: s.name, groups: results[i]! }));
}

const pct = (x: number | null) => (x === null ? "" : (x * 100).toFixed(1));

/** The report as CSV: one row per stage and group, suppressed figures left empty (cells made formula-safe). */
export function fairHiringCsv(r: FairHiringReport): string {
  const rows = r.stages.flatMap((s) =>
    s.groups.map((g) => ({
      role: r.role.title,
      category: r.category.label,
      stage: s.name,
      group: g.group,
      decided: g.suppressed ? "" : g.decided,
      passed: g.suppressed ? "" : g.passed,
      pass_rate_pct: pct(g.rate),
      impact_ratio: g.impactRatio === null ? "" : g.impactRatio.toFixed(3),
      fisher_p_two_sided: g.pValue === null ? "" : g.pValue.toPrecision(4),
      reading: reading(g),
      min_group: r.minGroup,
    })),
  );
  return (
    Papa.unparse(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safe(v)])))) + "\r\n"
  );
}

/** The CSV download's answer for a posted form: 400 for a malformed one, 403 / 404 as the report refuses. */
export async function fairHiringCsvDownload(actor: CurrentUser, form: unknown): Promise<Response> {
  if (!can(actor, "viewFairHiringReport"))
    return Response.json({ error: "Only admins can download the fair-hiring report." }, { status: 403 });
  const parsed = fairHiringQuerySchema.safeParse(form);
  if (!parsed.success) return Response.json({ error: "Choose a role and a category." }, { status: 400 });
  const res = await fairHiringReport(actor, parsed.data, "csv");
  if (!res.ok)
    return Response.json(
      { error: "That role or category was not found." },
      { status: res.kind === "forbidden" ? 403 : 404 },
    );
  // Named by role and category: two roles' downloads of one category no longer clash.
  return csvResponse(
    { chunks: [fairHiringCsv(res.report)] },
    csvFilename(res.report.role.title, `fair-hiring-${res.report.category.key}`),
  );
}

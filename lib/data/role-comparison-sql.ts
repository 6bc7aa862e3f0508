// The role comparison's one statement per page. Two plans for the same rows and figures:
// - indexed: the viewer is a hiring lead of the role (its owner, an admin, a recruiter on its
//   team) and the order is fit, name or a domain. Everyone's feedback is visible to a lead except
//   on the few applications where they still owe a scorecard (`hid`, from their own interviews),
//   so the page is an ordered read of ApplicationFitSummary's index (role, fitRank, name, id) or
//   (role, name, id) that skips `hid`, merged with `hid`'s rows when the view shows them (under
//   a domain's order, the role's summary rows joined to the domain's consensus rows and sorted:
//   no per-application visibility to work out); the
//   histogram and shortfalls of an unfiltered view are the role's sums (RoleFitHistogram,
//   RoleDomainShortfall) minus `hid`'s rows. Filters are tested on the summary rows in the query.
// - general: every application of the role with the viewer's hidden reason (roleSummaryCtes),
//   filtered, sorted and counted in the statement. For viewers who are not leads (they see
//   only applications they interviewed on) and the "newest" order.
// Both select the panel's figures only for rows whose reason is NULL.
// tests/integration/role-summary-sql.test.ts checks both against lib/scoring.
import type { CurrentUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { decodeCursor, type Cursor } from "../paging/cursor";
import { hiddenFeedbackStatusSql, roleHiddenReasonSql, visibleStatusSql } from "../scorecards/visibility";
import { sortDomainId, type ComparisonQuery } from "../validation/comparison";
import { NOT_STARTED } from "../validation/list-params";
import { roleSummaryCtes } from "./role-summary-sql";
import { searchNameSql } from "../search/name-search-sql";
import { applicantNamedSql } from "../search/name-search-sql";

export type ComparisonSqlRole = { id: string; visibility: FeedbackVisibility; lead: boolean };
export type ComparisonSqlOptions = {
  /** The histogram and shortfalls (the comparison page); the exports and the API do without. */
  aggregates: boolean;
  /** Always the general plan: tests/integration/role-summary-sql.test.ts checks both plans give the same pages. */
  generalPlan?: boolean;
};

type Direction = "forward" | "backward";

const FIT_BAND_SQL = (alias: string) => {
  const a = Prisma.raw(alias);
  return {
    strong: Prisma.sql`${a}.evidenced > 0 AND ${a}.fit >= 80`,
    partial: Prisma.sql`${a}.evidenced > 0 AND ${a}.fit >= 50 AND ${a}.fit < 80`,
    weak: Prisma.sql`${a}.evidenced > 0 AND ${a}.fit < 50`,
    unscored: Prisma.sql`${a}.evidenced = 0`,
  } as const;
};

const order = (direction: Direction) =>
  Prisma.raw(direction === "forward" ? "k1, k2, id" : "k1 DESC, k2 DESC, id DESC");
const cmp = (direction: Direction) => Prisma.raw(direction === "forward" ? ">" : "<");

/** Any filter beyond the view (the histogram and shortfalls then cover only the matching rows). */
function filtered(q: ComparisonQuery): boolean {
  return Boolean(q.q || q.stage || q.status || q.fit || q.below);
}

/** The comparison's statement for one page (bench/explain.ts EXPLAINs it). */
export function comparisonSql(
  user: CurrentUser,
  role: ComparisonSqlRole,
  query: ComparisonQuery,
  size: number,
  direction: Direction,
  cursor: Cursor | null,
  options: ComparisonSqlOptions = { aggregates: true },
): Prisma.Sql {
  if (role.lead && query.sort !== "recent" && !options.generalPlan) {
    return indexedSql(user, role, query, size, direction, seekKey(query.sort, cursor), options);
  }
  return generalSql(user, role, query, size, direction, cursor, options);
}

/** True when `raw` can be a cursor of the comparison in this order (the JSON API refuses others). */
export const isComparisonCursor = (raw: string, sort: "fit" | "name") => seekKey(sort, decodeCursor(raw, 4)) !== null;

// Under a domain's order: -1000 a consensus level plus fitRank (-300..1), this for candidates
// not assessed in the domain, and this for those whose feedback the viewer may not see.
const NOT_ASSESSED_IN_DOMAIN = 1_000_000;
const HIDDEN_LAST = 2_000_000;
// Literals in the statement (a bound number's type is the driver's guess).
const NOT_ASSESSED_IN_DOMAIN_SQL = Prisma.raw(String(NOT_ASSESSED_IN_DOMAIN));
const HIDDEN_LAST_SQL = Prisma.raw(String(HIDDEN_LAST));

/**
 * The cursor's key as the indexed plan compares it: a whole number (fitRank, 0 under the name
 * order, the domain key above); anything else is not a cursor of this order and reads as the
 * first page.
 */
function seekKey(sort: ComparisonQuery["sort"], cursor: Cursor | null): { k1: number; k2: string; id: string } | null {
  if (!cursor) return null;
  const [k1, k2, id] = cursor.key;
  if (
    typeof k1 !== "number" ||
    !Number.isInteger(k1) ||
    Math.abs(k1) > HIDDEN_LAST ||
    typeof k2 !== "string" ||
    typeof id !== "string"
  )
    return null;
  if (sort === "name" && k1 !== 0) return null;
  return { k1, k2, id };
}

/** Output columns shared by both plans, from a page of (id, k1, k2) joined back to its rows. */
function pageRowsSql(pageOrder: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT json_agg(row_to_json(p)) FROM (
        SELECT page.id, page.cand_name, page.cand_headline, page.erased, page.created_at, page.stage_id, page.reason, page.real_status, page.status, page.decision, page.fit, page.evidenced, page.k1, page.k2,
          (SELECT json_agg(json_build_object('domainId', c."domainId", 'median', c.median, 'n', c.ratings, 'lo', c."minRating", 'hi', c."maxRating"))
             FROM "ApplicationDomainConsensus" c WHERE c."applicationId" = page.id AND page.reason IS NULL) AS domains
        FROM page ORDER BY ${pageOrder}) p)`;
}

function generalSql(
  user: CurrentUser,
  role: ComparisonSqlRole,
  query: ComparisonQuery,
  size: number,
  direction: Direction,
  cursor: Cursor | null,
  { aggregates }: ComparisonSqlOptions,
): Prisma.Sql {
  const domainId = sortDomainId(query.sort);
  const k1 = domainId
    ? // Strongest consensus in the domain first (-1000 a level), fit (fitRank, -300..1) among equals;
      // then those not assessed there, by fit; rows whose feedback is hidden last, in name order
      // only, so their place says nothing about their scores.
      Prisma.sql`(CASE WHEN apps.reason IS NOT NULL THEN ${HIDDEN_LAST_SQL} ELSE COALESCE(-1000 * dm.median, ${NOT_ASSESSED_IN_DOMAIN_SQL}) + apps.fit_rank END)::float8`
    : query.sort === "fit"
      ? Prisma.sql`(CASE WHEN apps.reason IS NOT NULL THEN 1 ELSE apps.fit_rank END)::float8`
      : query.sort === "name"
        ? Prisma.sql`0::float8`
        : Prisma.sql`(-extract(epoch FROM apps.created_at) * 1000)::float8`;
  const k2 = query.sort === "recent" ? Prisma.sql`''::text` : Prisma.sql`lower(apps.cand_search)`;
  const parts: Prisma.Sql[] = [
    query.view === "hidden"
      ? Prisma.sql`apps.reason IS NOT NULL`
      : query.view === "all"
        ? Prisma.sql`TRUE`
        : Prisma.sql`apps.reason IS NULL`,
  ];
  if (query.q) parts.push(Prisma.sql`${searchNameSql(Prisma.raw("apps.cand_search"), query.q)}`);
  if (query.stage === NOT_STARTED) parts.push(Prisma.sql`apps.stage_id IS NULL`);
  else if (query.stage) parts.push(Prisma.sql`apps.stage_id = ${query.stage}`);
  if (query.status) parts.push(Prisma.sql`${visibleStatusSql("apps").status} = ${query.status}`);
  // Scores only filter candidates whose scores the viewer sees.
  if (query.view !== "hidden" && query.fit)
    parts.push(Prisma.sql`apps.reason IS NULL AND ${FIT_BAND_SQL("apps")[query.fit]}`);
  if (query.view !== "hidden" && query.below)
    parts.push(Prisma.sql`apps.reason IS NULL AND ${query.below}::text = ANY (apps.below_domains)`);
  const seek = cursor
    ? Prisma.sql`WHERE (k1, k2, id) ${cmp(direction)} (${Number(cursor.key[0])}::float8, ${String(cursor.key[1])}::text, ${String(cursor.key[2])}::text)`
    : Prisma.empty;
  const sums = aggregates
    ? Prisma.sql`(SELECT json_agg(json_build_object('bucket', bucket, 'count', n)) FROM (
        SELECT CASE WHEN evidenced = 0 OR fit IS NULL THEN -1 ELSE LEAST(fit / 10, 9) END AS bucket, count(*)::int AS n
        FROM filtered WHERE reason IS NULL GROUP BY 1) h) AS histogram,
      (SELECT json_agg(json_build_object('domain_id', domain_id, 'short', short, 'assessed', assessed)) FROM (
        SELECT domain_id, sum(short)::int AS short, sum(assessed)::int AS assessed FROM (
          SELECT d AS domain_id, 1 AS short, 0 AS assessed FROM filtered, unnest(below_domains) AS d
          UNION ALL SELECT d, 0, 1 FROM filtered, unnest(assessed_domains) AS d) u
        GROUP BY domain_id) s) AS shortfalls`
    : Prisma.sql`NULL::json AS histogram, NULL::json AS shortfalls`;
  return Prisma.sql`
    WITH ${roleSummaryCtes({ roleId: role.id, viewer: user, visibility: role.visibility, lead: role.lead })},
    ${domainId ? Prisma.sql`${domainMedianCte(role.id, domainId)},` : Prisma.empty}
    filtered AS MATERIALIZED (
      SELECT apps.id, apps.cand_name, apps.cand_headline, apps.erased, apps.created_at, apps.stage_id, apps.reason, apps.real_status, ${visibleStatusSql("apps").status} AS status,
        -- The panel's figures and decision leave the statement only with the feedback they rest on.
        CASE WHEN apps.reason IS NULL THEN apps.real_decision END AS decision,
        CASE WHEN apps.reason IS NULL THEN apps.fit END AS fit,
        CASE WHEN apps.reason IS NULL THEN apps.evidenced END AS evidenced,
        CASE WHEN apps.reason IS NULL THEN apps.below_domains ELSE '{}' END AS below_domains,
        CASE WHEN apps.reason IS NULL THEN apps.assessed_domains ELSE '{}' END AS assessed_domains,
        ${k1} AS k1, ${k2} AS k2
      FROM apps
      ${domainId ? Prisma.sql`LEFT JOIN domain_median dm ON dm."applicationId" = apps.id` : Prisma.empty}
      WHERE ${Prisma.join(parts, " AND ")}
    ),
    page AS (SELECT * FROM filtered ${seek} ORDER BY ${order(direction)} LIMIT ${size + 1})
    SELECT
      (SELECT count(*) FROM filtered)::int AS total,
      ${pageRowsSql(order(direction))} AS rows,
      ${sums},
      (SELECT count(*) FROM apps WHERE reason IS NULL)::int AS scored,
      (SELECT json_agg(json_build_object('reason', reason, 'count', n)) FROM (SELECT reason, count(*)::int AS n FROM apps WHERE reason IS NOT NULL GROUP BY reason) r) AS hidden`;
}

/**
 * The role's consensus rows in the domain, one index range, hashed: looked up per application
 * (the planner's choice inline) it cost twice as much at 3,338 candidates.
 */
const domainMedianCte = (roleId: string, domainId: string) =>
  Prisma.sql`domain_median AS MATERIALIZED (SELECT c."applicationId", c.median FROM "ApplicationDomainConsensus" c
    WHERE c."roleId" = ${roleId} AND c."domainId" = ${domainId} AND c.median IS NOT NULL)`;

function indexedSql(
  user: CurrentUser,
  role: ComparisonSqlRole,
  query: ComparisonQuery,
  size: number,
  direction: Direction,
  seek: { k1: number; k2: string; id: string } | null,
  { aggregates }: ComparisonSqlOptions,
): Prisma.Sql {
  const rule = roleHiddenReasonSql(user, role.visibility, role.id, true);
  const byFit = query.sort === "fit";
  // Filters on a summary row `s` joined to its application `a`; `visible` adds the score filters.
  const common: Prisma.Sql[] = [];
  if (query.q) common.push(applicantNamedSql(Prisma.raw(`s."applicationId"`), query.q));
  if (query.stage === NOT_STARTED) common.push(Prisma.sql`a."currentStageId" IS NULL`);
  else if (query.stage) common.push(Prisma.sql`a."currentStageId" = ${query.stage}`);
  const needsApp = Boolean(query.stage || query.status);
  const scoreFilters: Prisma.Sql[] = [];
  if (query.fit) scoreFilters.push(FIT_BAND_SQL("s")[query.fit]);
  if (query.below) scoreFilters.push(Prisma.sql`${query.below}::text = ANY (s."belowDomains")`);
  const visibleWhere = Prisma.join(
    [
      Prisma.sql`s."roleId" = ${role.id}`,
      Prisma.sql`s."applicationId" <> ALL (ARRAY(SELECT id FROM hid))`,
      ...common,
      ...(query.status ? [Prisma.sql`a.status::text = ${query.status}`] : []),
      ...scoreFilters,
    ],
    " AND ",
  );
  // Hidden rows: their status reads CLOSED when the real one is an outcome; score filters exclude them.
  const hiddenStatus = hiddenFeedbackStatusSql(Prisma.sql`a.status`);
  const hiddenWhere: Prisma.Sql[] = [
    ...common,
    ...(query.status ? [Prisma.sql`${hiddenStatus} = ${query.status}`] : []),
    ...(scoreFilters.length ? [Prisma.sql`FALSE`] : []),
  ];
  const showVisible = query.view !== "hidden";
  const showHidden = query.view !== "scored";
  const domainId = sortDomainId(query.sort);
  // A domain's order is a sort of the role's summary rows (no index holds it); fit and name
  // read their index in order.
  const k1 = domainId
    ? Prisma.sql`(COALESCE(-1000 * dm.median, ${NOT_ASSESSED_IN_DOMAIN_SQL}) + s."fitRank")`
    : byFit
      ? Prisma.sql`s."fitRank"`
      : Prisma.sql`0`;
  const keyColumns =
    domainId || byFit
      ? [k1, Prisma.sql`s."nameKey"`, Prisma.sql`s."applicationId"`]
      : [Prisma.sql`s."nameKey"`, Prisma.sql`s."applicationId"`];
  const keyOrder = Prisma.join(
    keyColumns.map((c) => (direction === "forward" ? c : Prisma.sql`${c} DESC`)),
    ", ",
  );
  const seekValues = seek
    ? domainId || byFit
      ? [Prisma.sql`${seek.k1}::int`, Prisma.sql`${seek.k2}::text`, Prisma.sql`${seek.id}::text`]
      : [Prisma.sql`${seek.k2}::text`, Prisma.sql`${seek.id}::text`]
    : [];
  const visibleSeek = seek
    ? Prisma.sql`AND (${Prisma.join(keyColumns, ", ")}) ${cmp(direction)} (${Prisma.join(seekValues, ", ")})`
    : Prisma.empty;
  const hiddenK1 = domainId ? HIDDEN_LAST_SQL : byFit ? Prisma.sql`1` : Prisma.sql`0`;
  const hiddenSeek = seek
    ? Prisma.sql`WHERE (k1, k2, id) ${cmp(direction)} (${seek.k1}::int, ${seek.k2}::text, ${seek.id}::text)`
    : Prisma.empty;
  const appJoin = needsApp ? Prisma.sql`JOIN "Application" a ON a.id = s."applicationId"` : Prisma.empty;
  const domainJoin = domainId
    ? Prisma.sql`LEFT JOIN domain_median dm ON dm."applicationId" = s."applicationId"`
    : Prisma.empty;
  const keys: Prisma.Sql[] = [];
  if (showVisible)
    keys.push(Prisma.sql`(SELECT s."applicationId" AS id, ${k1} AS k1, s."nameKey" AS k2
      FROM "ApplicationFitSummary" s ${appJoin} ${domainJoin}
      WHERE ${visibleWhere} ${visibleSeek}
      ORDER BY ${keyOrder} LIMIT ${size + 1})`);
  if (showHidden) keys.push(Prisma.sql`(SELECT id, k1, k2 FROM hidden_rows ${hiddenSeek})`);
  const sums = !aggregates
    ? Prisma.sql`NULL::json AS histogram, NULL::json AS shortfalls`
    : !showVisible
      ? // Every row of the hidden view is hidden: nothing to sum.
        Prisma.sql`NULL::json AS histogram, NULL::json AS shortfalls`
      : filtered(query)
        ? Prisma.sql`(SELECT json_agg(json_build_object('bucket', bucket, 'count', n)) FROM (
            SELECT CASE WHEN evidenced = 0 OR fit IS NULL THEN -1 ELSE LEAST(fit / 10, 9) END AS bucket, count(*)::int AS n
            FROM matching GROUP BY 1) h) AS histogram,
          (SELECT json_agg(json_build_object('domain_id', domain_id, 'short', short, 'assessed', assessed)) FROM (
            SELECT domain_id, sum(short)::int AS short, sum(assessed)::int AS assessed FROM (
              SELECT d AS domain_id, 1 AS short, 0 AS assessed FROM matching, unnest(below_domains) AS d
              UNION ALL SELECT d, 0, 1 FROM matching, unnest(assessed_domains) AS d) u
            GROUP BY domain_id) s) AS shortfalls`
        : // The role's sums, less the rows this viewer may not see yet.
          Prisma.sql`(SELECT json_agg(json_build_object('bucket', bucket, 'count', n)) FROM (
            SELECT bucket, sum(n)::int AS n FROM (
              SELECT bucket, "count" AS n FROM "RoleFitHistogram" WHERE "roleId" = ${role.id}
              UNION ALL SELECT CASE WHEN s.evidenced = 0 OR s.fit IS NULL THEN -1 ELSE LEAST(s.fit / 10, 9) END, -1
              FROM hid JOIN "ApplicationFitSummary" s ON s."applicationId" = hid.id) x
            GROUP BY bucket HAVING sum(n) <> 0) h) AS histogram,
          (SELECT json_agg(json_build_object('domain_id', domain_id, 'short', short, 'assessed', assessed)) FROM (
            SELECT domain_id, sum(short)::int AS short, sum(assessed)::int AS assessed FROM (
              SELECT "domainId" AS domain_id, short, assessed FROM "RoleDomainShortfall" WHERE "roleId" = ${role.id}
              UNION ALL SELECT d, -1, 0 FROM hid JOIN "ApplicationFitSummary" s ON s."applicationId" = hid.id, unnest(s."belowDomains") AS d
              UNION ALL SELECT d, 0, -1 FROM hid JOIN "ApplicationFitSummary" s ON s."applicationId" = hid.id, unnest(s."assessedDomains") AS d) u
            GROUP BY domain_id) s) AS shortfalls`;
  // The visible rows matching the filters, for the count (and the sums when filtered): the
  // role's summary rows by index, never its ratings.
  const matching = Prisma.sql`matching AS (
      SELECT s.fit, s.evidenced, s."belowDomains" AS below_domains, s."assessedDomains" AS assessed_domains
      FROM "ApplicationFitSummary" s ${appJoin}
      WHERE ${visibleWhere}
    )`;
  const visibleCount = showVisible ? Prisma.sql`(SELECT count(*) FROM matching)` : Prisma.sql`0`;
  const hiddenCount = showHidden ? Prisma.sql`(SELECT count(*) FROM hidden_rows)` : Prisma.sql`0`;
  return Prisma.sql`
    WITH ${rule.ctes},
    ${domainId ? Prisma.sql`${domainMedianCte(role.id, domainId)},` : Prisma.empty}
    hid AS MATERIALIZED (
      SELECT id, reason FROM (SELECT vl.app_id AS id, ${rule.reason("vl")} AS reason FROM viewer_loop vl) x WHERE reason IS NOT NULL
    ),
    hidden_rows AS MATERIALIZED (
      SELECT hid.id, ${hiddenK1} AS k1, s."nameKey" AS k2
      FROM hid JOIN "ApplicationFitSummary" s ON s."applicationId" = hid.id JOIN "Application" a ON a.id = hid.id
      ${hiddenWhere.length ? Prisma.sql`WHERE ${Prisma.join(hiddenWhere, " AND ")}` : Prisma.empty}
    ),
    ${matching},
    page_keys AS (
      SELECT * FROM (${Prisma.join(keys, " UNION ALL ")}) u ORDER BY ${order(direction)} LIMIT ${size + 1}
    ),
    page AS (
      SELECT pk.id, a.cand_name, a.cand_headline, a.erased, a.created_at, a.stage_id, hid.reason,
        a.real_status,
        (CASE WHEN hid.reason IS NOT NULL THEN ${hiddenFeedbackStatusSql(Prisma.sql`a.real_status`)} ELSE a.real_status::text END) AS status,
        CASE WHEN hid.reason IS NULL THEN a.decision END AS decision,
        CASE WHEN hid.reason IS NULL THEN a.fit END AS fit,
        CASE WHEN hid.reason IS NULL THEN a.evidenced END AS evidenced,
        pk.k1::float8 AS k1, pk.k2
      FROM page_keys pk
      -- The page's rows looked up one by one (OFFSET 0 keeps it per row): joined plainly, the
      -- planner hashed the whole Application table for a page of 101 keys (seq scan of 10,366
      -- rows per request at 10,000 candidates, auto_explain).
      CROSS JOIN LATERAL (
        SELECT c.name AS cand_name, c.headline AS cand_headline, (c."erasedAt" IS NOT NULL) AS erased, a."createdAt" AS created_at, a."currentStageId" AS stage_id,
          a.status AS real_status, a.decision, s.fit, s.evidenced
        FROM "Application" a
        JOIN "Candidate" c ON c.id = a."candidateId"
        JOIN "ApplicationFitSummary" s ON s."applicationId" = a.id
        WHERE a.id = pk.id OFFSET 0
      ) a
      LEFT JOIN hid ON hid.id = pk.id
    )
    SELECT
      (${visibleCount} + ${hiddenCount})::int AS total,
      ${pageRowsSql(order(direction))} AS rows,
      ${sums},
      ((SELECT count(*) FROM "ApplicationFitSummary" s WHERE s."roleId" = ${role.id}) - (SELECT count(*) FROM hid))::int AS scored,
      (SELECT json_agg(json_build_object('reason', reason, 'count', n)) FROM (SELECT reason, count(*)::int AS n FROM hid GROUP BY reason) r) AS hidden`;
}

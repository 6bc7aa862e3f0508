import "server-only";
import { createHash } from "node:crypto";
import { canCompareRoleCandidates, canExportRoleScores, hiringTeamOf, isHiringLead } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { VisibleStatus } from "../applications/status";
import type { ApplicationStatus, Decision } from "../generated/prisma/enums";
import { readDirection, toPage, DEFAULT_PAGE_SIZE, type Page, type Read } from "../paging/cursor";
import { DISAGREEMENT_SPREAD, domainGap, roleFit, type Consensus, type DomainGap } from "../scoring";
import type { HiddenReason } from "../scorecards/access";
import type { ComparisonQuery } from "../validation/comparison";
import { feedbackVisibility } from "./feedback";
import { comparisonSql, type ComparisonSqlOptions } from "./role-comparison-sql";

export { comparisonSql };

export type RoleTargetColumn = { domainId: string; name: string; target: number; weight: number };

export type ComparisonDomain = {
  domainId: string;
  name: string;
  target: number;
  weight: number;
  consensus: Consensus;
  gap: DomainGap;
  disagreement: boolean;
};

export type ComparisonRow = {
  applicationId: string;
  name: string;
  /** The candidate's headline ("SRE at …", often empty) and when they were added to the role: tell apart two candidates of one name. */
  headline: string;
  addedAt: Date;
  stage: string | null;
  status: VisibleStatus;
  /** The real status is hired/rejected but reads CLOSED to this viewer. */
  statusHidden: boolean;
  /** The recorded decision; null when none, or when the viewer may not see this candidate's feedback. */
  decision: Decision | null;
  /** Null when the viewer sees this candidate's feedback; then `domains`, `fit` and `distance` are filled. */
  reason: HiddenReason | null;
  fit: number | null;
  /** Target domains with at least one rating; 0 = not yet assessed (fit is null, never 0). */
  evidenced: number;
  /** Target domains of the role (fit rests on `evidenced` of them). */
  targetDomains: number;
  distance: string | null;
  domains: ComparisonDomain[];
};

export type FitHistogramBucket = { label: string; from: number | null; count: number };
export type Shortfall = RoleTargetColumn & { short: number; assessed: number };

/**
 * The role's header for its comparison pages, or null when it doesn't exist or the viewer may
 * not open its comparison (lib/auth/permissions.ts: managers and the role's hiring leads).
 */
export async function comparisonRole(user: CurrentUser, roleId: string) {
  // One statement (relation joins): the role, its team, stages, targets and its matrix's domains.
  const [role, visibility] = await Promise.all([
    db.role.findUnique({
      relationLoadStrategy: "join",
      where: { id: roleId },
      select: {
        id: true,
        title: true,
        status: true,
        ownerId: true,
        matrixVersionId: true,
        members: { select: { userId: true, function: true } },
        stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        targets: { select: { domainId: true, level: true, weight: true } },
        matrixVersion: {
          select: { domains: { orderBy: { position: "asc" }, select: { domainId: true, shortName: true } } },
        },
      },
    }),
    feedbackVisibility(),
  ]);
  if (!role) return null;
  const team = hiringTeamOf(role);
  if (!canCompareRoleCandidates(user, team)) return null;
  const { targets } = role;
  const domains = role.matrixVersion.domains;
  const columns: RoleTargetColumn[] = domains.map((d) => {
    const t = targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, target: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  return {
    id: role.id,
    title: role.title,
    status: role.status,
    matrixVersionId: role.matrixVersionId,
    stages: role.stages,
    targets: columns,
    lead: isHiringLead(user, team),
    visibility,
  };
}
export type ComparisonRole = NonNullable<Awaited<ReturnType<typeof comparisonRole>>>;

type RawRow = {
  id: string;
  cand_name: string;
  cand_headline: string;
  erased: boolean;
  /** The application's creation time (JSON text). */
  created_at: string;
  stage_id: string | null;
  status: VisibleStatus;
  real_status: ApplicationStatus;
  decision: Decision | null;
  reason: HiddenReason | null;
  fit: number | null;
  evidenced: number | null;
  k1: number;
  k2: string;
  domains: { domainId: string; median: number | null; n: number; lo: number | null; hi: number | null }[] | null;
};
type RawResult = {
  total: number;
  rows: RawRow[] | null;
  histogram: { bucket: number; count: number }[] | null;
  shortfalls: { domain_id: string; short: number; assessed: number }[] | null;
  scored: number;
  hidden: { reason: HiddenReason; count: number }[] | null;
};

const HISTOGRAM: { label: string; from: number | null }[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`, from: i * 10 })),
  { label: "not yet assessed", from: null },
];

/**
 * The list a comparison cursor belongs to: its role, view, order and filters (not the page size,
 * a cursor's position being absolute). Each cursor carries it; one from another list (a link
 * edited from a filtered list to another order) read a page of that other order under the wrong
 * "51–100" (round W), and now reads as the first page.
 */
export function comparisonListTag(roleId: string, q: ComparisonQuery): string {
  const list = [roleId, q.view, q.sort, q.q ?? "", q.stage ?? "", q.status ?? "", q.fit ?? "", q.below ?? ""];
  return createHash("sha256").update(JSON.stringify(list)).digest("base64url").slice(0, 16);
}

/** The read as asked when its cursor is of this list, else the first page (never "backward from nothing", the last). */
function ownListRead(read: Read, tag: string): Read {
  if (!read.cursor || read.cursor.key[3] === tag) return read;
  return { direction: "forward", cursor: null };
}

/**
 * One page of a role's candidates against its target, for the viewer, in one statement: the
 * independence rule, consensus, fit, filters, sort and keyset all run in PostgreSQL. Also
 * returns, over every candidate matching the filters, the fit distribution (histogram) and
 * how many fall short per target domain; and how many candidates' feedback is hidden, why.
 */
export async function roleComparisonPage(
  user: CurrentUser,
  role: ComparisonRole,
  query: ComparisonQuery,
  options: ComparisonSqlOptions = { aggregates: true },
) {
  const size = query.size ?? DEFAULT_PAGE_SIZE;
  const tag = comparisonListTag(role.id, query);
  const { direction, cursor } = ownListRead(readDirection(query.after, query.before, 4), tag);
  const [result] = await db.$queryRaw<RawResult[]>(comparisonSql(user, role, query, size, direction, cursor, options));

  const stageName = new Map(role.stages.map((s) => [s.id, s.name]));
  // The sort key rides along with each row until the page's cursors are made.
  const keyed = toPage(result?.rows ?? [], size, result?.total ?? 0, (r) => [r.k1, r.k2, r.id, tag], direction, cursor);
  const page: Page<ComparisonRow> = { ...keyed, rows: keyed.rows.map((r) => toRow(r, role.targets, stageName)) };
  const histogram: FitHistogramBucket[] = HISTOGRAM.map((b) => ({
    ...b,
    count: result?.histogram?.find((h) => h.bucket === (b.from === null ? -1 : b.from / 10))?.count ?? 0,
  }));
  const shortfalls: Shortfall[] = role.targets
    .filter((t) => t.target > 0)
    .map((t) => {
      const s = result?.shortfalls?.find((x) => x.domain_id === t.domainId);
      return { ...t, short: s?.short ?? 0, assessed: s?.assessed ?? 0 };
    })
    .sort((a, b) => b.short - a.short);
  const hidden = result?.hidden ?? [];
  const scored = result?.scored ?? 0;
  return {
    page,
    histogram,
    shortfalls,
    counts: { scored, hidden: hidden.reduce((n, h) => n + h.count, 0) },
    hiddenReasons: hidden.map((h) => h.reason),
    canExport: canExportRoleScores(role.lead, scored > 0),
  };
}
export type RoleComparisonPage = Awaited<ReturnType<typeof roleComparisonPage>>;

function toRow(r: RawRow, targets: RoleTargetColumn[], stageName: Map<string, string>): ComparisonRow {
  const base = {
    applicationId: r.id,
    name: r.erased ? "Erased candidate" : r.cand_name,
    headline: r.erased ? "" : r.cand_headline,
    addedAt: new Date(r.created_at),
    stage: r.stage_id ? (stageName.get(r.stage_id) ?? null) : null,
    status: r.status,
    statusHidden: r.status !== r.real_status,
    decision: r.decision,
  };
  const targetDomains = targets.filter((t) => t.target > 0).length;
  if (r.reason !== null)
    return { ...base, reason: r.reason, fit: null, evidenced: 0, targetDomains, distance: null, domains: [] };
  const byDomain = new Map((r.domains ?? []).map((d) => [d.domainId, d]));
  const domains = targets.map((t): ComparisonDomain => {
    const d = byDomain.get(t.domainId);
    const consensus: Consensus =
      d && d.n > 0
        ? { median: d.median, spread: d.hi! - d.lo!, count: d.n, min: d.lo, max: d.hi }
        : { median: null, spread: null, count: 0, min: null, max: null };
    return {
      ...t,
      consensus,
      gap: domainGap(t.target, consensus),
      disagreement: consensus.spread !== null && consensus.spread >= DISAGREEMENT_SPREAD,
    };
  });
  // Shortfalls and the plain-language distance from the page's few rows; the fit itself is PostgreSQL's.
  const { distance } = roleFit(domains.map((d) => ({ ...d, median: d.consensus.median })));
  return { ...base, reason: null, fit: r.fit, evidenced: r.evidenced ?? 0, targetDomains, distance, domains };
}

/**
 * Every candidate of the role matching `query` (all views by default), read page by page so a
 * large role never becomes one giant statement result: for the CSV exports and the API.
 */
export async function* comparisonRowsInPages(
  user: CurrentUser,
  role: ComparisonRole,
  query: Partial<ComparisonQuery> = {},
) {
  let after: string | undefined;
  do {
    const { page } = await roleComparisonPage(
      user,
      role,
      { view: "all", sort: "name", ...query, after, before: undefined, size: 200 },
      { aggregates: false },
    );
    yield page.rows;
    after = page.next ?? undefined;
  } while (after);
}

// The read-only JSON API (/api/v1). Each function answers for one authenticated user and
// reuses the same scoped queries as the pages, so the API can never show more than the UI.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { canSeeRoleSalary, viewableRolesWhere } from "../auth/permissions";
import { db } from "../db";
import { candidateReport } from "../data/candidate";
import { comparisonListTag, comparisonRole, roleComparisonPage } from "../data/role-comparison";
import type { ComparisonQuery } from "../validation/comparison";
import { decodeCursor } from "../paging/cursor";
import { AFTER_NOT_A_CURSOR } from "./handler";
import { HIDDEN_REASON_LABEL } from "../scorecards/access";

export async function apiRoles(user: CurrentUser) {
  // Interviewers see roles without their pay, as on the role page: the band is not even read.
  const canSeeSalary = canSeeRoleSalary(user);
  const roles = await db.role.findMany({
    relationLoadStrategy: "join",
    where: viewableRolesWhere(user),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      seniority: true,
      status: true,
      salaryMin: canSeeSalary,
      salaryMax: canSeeSalary,
      currency: true,
      matrixVersionId: true,
      cluster: { select: { key: true } },
      targets: { select: { domainId: true, level: true, weight: true } },
    },
  });
  return roles.map((r) => ({
    id: r.id,
    title: r.title,
    seniority: r.seniority,
    cluster: r.cluster.key,
    status: r.status,
    salaryMin: r.salaryMin ?? null,
    salaryMax: r.salaryMax ?? null,
    currency: r.currency,
    matrixVersionId: r.matrixVersionId,
    targets: r.targets,
  }));
}

/**
 * Whether `raw` is a cursor of this role's list: sealed by this app (lib/paging/cursor.ts, so not
 * made up) with the name-order key (0, name key, id) of one of the role's applications. Another
 * role's cursor is sealed too, and would quietly start the page somewhere in this list (or past
 * its end). The name key is not compared with the row's name now: a candidate renamed or erased
 * between two requests (the page's last row) broke a full sync with a false "not a cursor", and
 * the page continues from the key's place in the order either way. Asked only once the role is
 * known to be visible, so it tells nothing of other roles.
 */
/** The API's one list of a role: every candidate, by name (a cursor carries the list it belongs to). */
const apiRoleList = (after: string | undefined, limit: number | undefined): ComparisonQuery => ({
  view: "all",
  sort: "name",
  after,
  size: limit ?? 100,
});

/** True when `raw` is a page of this role's API list (not of another role's, nor of a comparison page's). */
function cursorOfRole(raw: string, roleId: string): boolean {
  return decodeCursor(raw, 4)?.key[3] === comparisonListTag(roleId, apiRoleList(undefined, undefined));
}

/**
 * One page of a role's candidates with their gap summary (sorted by name; `after` = the
 * previous page's `next`); hiring team only (null otherwise). A candidate whose feedback the
 * token's user may not see (independence rule) is listed with `feedbackVisible: false`, the
 * reason, and no fit, distance, domains or decision; its status reads CLOSED when it is hired
 * or rejected, since which of the two is the panel's outcome.
 */
export async function apiRoleCandidates(
  user: CurrentUser,
  roleId: string,
  query: { after?: string; limit?: number } = {},
) {
  const role = await comparisonRole(user, roleId);
  if (!role) return null;
  if (query.after && !cursorOfRole(query.after, roleId)) return { error: AFTER_NOT_A_CURSOR };
  const { page } = await roleComparisonPage(user, role, apiRoleList(query.after, query.limit), {
    aggregates: false,
  });
  const rows = page.rows.map((r) => {
    const base = {
      applicationId: r.applicationId,
      candidate: r.name,
      status: r.status,
      stage: r.stage,
      decision: r.decision,
    };
    if (r.reason !== null)
      return {
        ...base,
        feedbackVisible: false,
        hiddenReason: HIDDEN_REASON_LABEL[r.reason],
        fit: null,
        assessedDomains: null,
        targetDomains: r.targetDomains,
        distance: null,
        domains: [],
      };
    return {
      ...base,
      feedbackVisible: true,
      hiddenReason: null,
      // null = not yet assessed in any target domain (never 0); over `assessedDomains` of `targetDomains`.
      fit: r.evidenced ? r.fit : null,
      assessedDomains: r.evidenced,
      targetDomains: r.targetDomains,
      distance: r.distance,
      domains: r.domains.map((d) => ({
        domainId: d.domainId,
        name: d.name,
        target: d.target,
        consensus: d.consensus.median,
        spread: d.consensus.spread,
        ratings: d.consensus.count,
        gap: d.gap.gap,
        status: d.gap.status,
        disagreement: d.disagreement,
      })),
    };
  });
  return { rows, next: page.next, total: page.total };
}

/** Submitted scorecards of one application, under the independence rule (null when not allowed). */
export async function apiScorecards(user: CurrentUser, applicationId: string) {
  const report = await candidateReport(user, applicationId);
  if (!report || !report.visible) return null;
  return report.app.interviews.flatMap((i) =>
    i.scorecards.map((s) => ({
      scorecardId: s.id,
      interviewer: i.interviewer.name,
      stage: i.stage.name,
      matrixVersionId: s.matrixVersionId,
      recommendation: s.recommendation,
      submittedAt: s.submittedAt,
      scores: s.scores.map((x) => ({
        domainId: x.domainId,
        rating: x.notAssessed ? null : x.rating,
        notAssessed: x.notAssessed,
        evidence: x.evidence,
        observedIndicatorIds: x.observedIndicatorIds,
      })),
    })),
  );
}

export async function apiGaps(user: CurrentUser, applicationId: string) {
  const report = await candidateReport(user, applicationId);
  if (!report || !report.visible) return null;
  const s = report.summary;
  return {
    applicationId,
    fit: s.fit,
    assessedDomains: s.assessedDomains,
    targetDomains: s.targetDomains,
    distance: s.distance,
    tally: s.tally,
    split: s.split,
    domains: s.domains.map((d) => ({
      domainId: d.domainId,
      name: d.name,
      target: d.target,
      weight: d.weight,
      consensus: d.consensus.median,
      spread: d.consensus.spread,
      ratings: d.consensus.count,
      gap: d.gap.gap,
      status: d.gap.status,
      disagreement: d.disagreement,
    })),
  };
}

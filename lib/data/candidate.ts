import "server-only";
import { viewableRolesWhere } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import {
  candidateSummary,
  describeLevelByCluster,
  latestRatingPerInterviewer,
  otherFit,
  summariseClusterFit,
  type Recommendation,
  type ScoreRow,
} from "../scoring";
import { lastDomainNames } from "../matrix/last-names";
import { applicationFeedback } from "./feedback";
import { retiredName } from "../matrix/retired-name";
import { versionMatrix } from "../matrix/published-version";

/**
 * A candidate's application with consensus, gaps and each interviewer's ratings, if the user
 * may see them (the candidate, packet and debrief pages, and /api/v1's scorecards and gaps).
 * Everything here comes from applicationFeedback's query, which reads only what the viewer may
 * see: a hidden application yields its header and the targets, nothing of the panel's.
 */
export async function candidateReport(user: CurrentUser, applicationId: string) {
  const fb = await applicationFeedback(user, applicationId);
  if (!fb) return null;
  const { role } = fb.app;
  const matrix = await versionMatrix(role.matrixVersionId);
  const targets = (matrix?.domains ?? []).map((d) => {
    const t = role.targets.find((x) => x.domainId === d.domainId);
    return { domainId: d.domainId, name: d.shortName, fullName: d.name, target: t?.level ?? 0, weight: t?.weight ?? 1 };
  });
  if (!fb.visible) return { app: fb.app, visible: false as const, reason: fb.reason, targets };
  const { app } = fb;

  const cards = app.interviews.flatMap((i) =>
    i.scorecards.map((s) => ({ ...s, interviewer: i.interviewer, stage: i.stage })),
  );
  // Ratings in a domain the role's matrix version no longer has (the role moved to a version that
  // retired it) are still what the panel wrote: shown under the domain's last name, not required,
  // never as an id, and their evidence stays on the page.
  const listed = new Set(targets.map((t) => t.domainId));
  const unlisted = [...new Set(cards.flatMap((c) => c.scores.map((s) => s.domainId)))].filter((id) => !listed.has(id));
  const domainsRated = [...targets, ...(await retiredDomains(unlisted))];
  const rows = cards.flatMap((c): ScoreRow[] => {
    const row = {
      applicationId,
      interviewerId: c.interviewerId,
      recommendation: c.recommendation as Recommendation | null,
      scorecardId: c.id,
      status: c.status,
      submittedAt: c.submittedAt,
    };
    // A scorecard with no domain scores (a behavioural stage without focus domains) still
    // recommends: one row without a domain, or its recommendation was left out of the tally.
    return c.scores.length
      ? c.scores.map((s) => ({ ...row, domainId: s.domainId, rating: s.notAssessed ? null : s.rating }))
      : [{ ...row, domainId: null, rating: null }];
  });
  const summary = candidateSummary({ rows, targets: domainsRated, applicationIds: [applicationId] })[0]!;

  // Each interviewer's own view, for the radar toggles: their vote in the consensus (their
  // latest rating of the domain if they scored it twice); null = not assessed, never 0.
  const interviewers = [...new Map(cards.map((c) => [c.interviewerId, c.interviewer])).values()].map((iv) => ({
    id: iv.id,
    name: iv.name,
    ratings: Object.fromEntries(
      domainsRated.map((t) => [
        t.domainId,
        latestRatingPerInterviewer(rows.filter((r) => r.interviewerId === iv.id && r.domainId === t.domainId))[0] ??
          null,
      ]),
    ) as Record<string, number | null>,
  }));
  const evidence = domainsRated.map((t) => ({
    ...t,
    consensus: summary.domains.find((d) => d.domainId === t.domainId)!.consensus,
    entries: cards.flatMap((c) =>
      c.scores
        .filter((s) => s.domainId === t.domainId)
        .map((s) => ({
          scorecardId: c.id,
          interviewer: c.interviewer.name,
          stage: c.stage.name,
          rating: s.notAssessed ? null : s.rating,
          evidence: s.evidence,
        })),
    ),
  }));
  // The same consensus against the other open roles and each cluster's core domains.
  const medians = Object.fromEntries(summary.domains.map((d) => [d.domainId, d.consensus.median]));
  const { clusters = [], emphases = [] } = matrix ?? {};
  const openRoles = await db.role.findMany({
    relationLoadStrategy: "join", // one statement instead of one per relation
    // Only roles the viewer may open: the list must not reveal roles (titles, targets) hidden from them.
    where: { AND: [{ status: "OPEN", id: { not: app.roleId } }, viewableRolesWhere(user)] },
    select: { id: true, title: true, targets: { select: { domainId: true, level: true, weight: true } } },
  });
  const otherRoles = otherFit(
    medians,
    openRoles.map((r) => ({
      id: r.id,
      label: r.title,
      targets: Object.fromEntries(r.targets.map((t) => [t.domainId, t.level])),
      weights: Object.fromEntries(r.targets.map((t) => [t.domainId, t.weight])),
    })),
  );
  const clusterFit = summariseClusterFit(
    clusters.map((c) => ({
      clusterName: c.name,
      ...describeLevelByCluster(
        Object.fromEntries(emphases.filter((e) => e.clusterId === c.id).map((e) => [e.domainId, e.emphasis])),
        medians,
      ),
    })),
  );
  // Selected by the query for the people who may read them (applicationFeedback), never filtered here.
  const notes = fb.notes.map((n) => ({ interviewer: n.interviewer, note: n.note }));
  const recommendations = cards.map((c) => ({
    interviewer: c.interviewer.name,
    stage: c.stage.name,
    recommendation: c.recommendation,
  }));
  return {
    app,
    visible: true as const,
    targets: domainsRated,
    summary,
    interviewers,
    evidence,
    notes,
    recommendations,
    otherRoles,
    clusterFit,
  };
}
export type CandidateReport = Extract<NonNullable<Awaited<ReturnType<typeof candidateReport>>>, { visible: true }>;

/** Domains rated on a candidate's scorecards that the role's matrix version lacks: retired, not targeted. */
async function retiredDomains(domainIds: string[]) {
  return (await lastDomainNames(domainIds)).map((d) => ({
    domainId: d.domainId,
    name: retiredName(d.shortName),
    fullName: retiredName(d.name),
    target: 0,
    weight: 1,
  }));
}

import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { calibrate, krippendorffAlphaOrdinal, lowerMedian } from "../scoring";
import { visibleApplicationIds } from "./feedback";

/**
 * Interviewer calibration and per-role inter-rater agreement, from the submitted scores of the
 * applications whose feedback the viewer may see (the independence rule: offsets are built
 * from other people's ratings). An admin with no pending interview of their own sees all.
 */
export async function calibrationReport(user: CurrentUser) {
  const [visible, allScores] = await Promise.all([
    visibleApplicationIds(user),
    db.domainScore.findMany({
      where: { scorecard: { status: "SUBMITTED" } },
      select: {
        domainId: true,
        rating: true,
        notAssessed: true,
        scorecard: { select: { id: true, interviewerId: true, submittedAt: true, interview: { select: { scheduledAt: true, applicationId: true, application: { select: { roleId: true } } } } } },
      },
    }),
  ]);
  // Filtered here rather than with an IN list: a large organisation has more applications than bind parameters.
  const scores = allScores.filter((s) => visible.has(s.scorecard.interview.applicationId));
  const [users, roles] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(scores.map((s) => s.scorecard.interviewerId))] } }, select: { id: true, name: true, active: true } }),
    db.role.findMany({ select: { id: true, title: true } }),
  ]);
  const interviewers = calibrate(
    scores.map((s) => ({
      interviewerId: s.scorecard.interviewerId,
      candidateKey: s.scorecard.interview.applicationId,
      domainId: s.domainId,
      rating: s.notAssessed ? null : s.rating,
      submittedAt: s.scorecard.submittedAt,
      scheduledAt: s.scorecard.interview.scheduledAt,
      scorecardId: s.scorecard.id,
    })),
  ).map((c) => ({ ...c, name: users.find((u) => u.id === c.interviewerId)?.name ?? "Unknown", active: users.find((u) => u.id === c.interviewerId)?.active ?? false }));

  // Krippendorff's alpha (ordinal) per role: units = candidate x domain, coders = interviewers.
  // Grouped in one pass (role -> unit -> coder -> ratings), not by re-filtering per unit.
  const byRole = new Map<string, Map<string, Map<string, number[]>>>();
  for (const s of scores) {
    if (s.notAssessed || s.rating == null) continue;
    const roleId = s.scorecard.interview.application.roleId;
    const units = byRole.get(roleId) ?? byRole.set(roleId, new Map()).get(roleId)!;
    const unitKey = `${s.scorecard.interview.applicationId}/${s.domainId}`;
    const coders = units.get(unitKey) ?? units.set(unitKey, new Map()).get(unitKey)!;
    const ratings = coders.get(s.scorecard.interviewerId) ?? coders.set(s.scorecard.interviewerId, []).get(s.scorecard.interviewerId)!;
    ratings.push(s.rating);
  }
  const agreement = roles
    .filter((role) => byRole.has(role.id))
    .map((role) => {
      const units = byRole.get(role.id)!;
      const coders = [...new Set([...units.values()].flatMap((c) => [...c.keys()]))];
      const matrix = [...units.values()].map((byCoder) => coders.map((c) => lowerMedian(byCoder.get(c) ?? [])));
      const pairable = matrix.filter((u) => u.filter((v) => v != null).length >= 2).length;
      return { roleId: role.id, title: role.title, alpha: krippendorffAlphaOrdinal(matrix), pairableUnits: pairable, raters: coders.length };
    });
  return { interviewers, agreement };
}

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
  const agreement = roles
    .map((role) => {
      const own = scores.filter((s) => s.scorecard.interview.application.roleId === role.id && !s.notAssessed && s.rating != null);
      const coders = [...new Set(own.map((s) => s.scorecard.interviewerId))];
      const unitKeys = [...new Set(own.map((s) => `${s.scorecard.interview.applicationId}/${s.domainId}`))];
      const units = unitKeys.map((key) =>
        coders.map((c) => lowerMedian(own.filter((s) => s.scorecard.interviewerId === c && `${s.scorecard.interview.applicationId}/${s.domainId}` === key).map((s) => s.rating!))),
      );
      const pairable = units.filter((u) => u.filter((v) => v != null).length >= 2).length;
      return { roleId: role.id, title: role.title, alpha: krippendorffAlphaOrdinal(units), pairableUnits: pairable, raters: coders.length };
    })
    .filter((a) => a.raters > 0);
  return { interviewers, agreement };
}

import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { closedReason, toValues } from "../scorecards/service";

/** Everything the interviewer needs for one of their own interviews; null if not theirs. */
export async function interviewKit(user: CurrentUser, interviewId: string) {
  const interview = await db.interview.findFirst({
    where: { id: interviewId, interviewerId: user.id },
    include: {
      stage: {
        include: {
          domains: true,
          questions: { orderBy: { position: "asc" }, include: { question: true } },
        },
      },
      application: {
        include: {
          candidate: { select: { id: true, name: true, headline: true, erasedAt: true } },
          role: { include: { cluster: true, targets: true } },
        },
      },
      scorecards: { where: { interviewerId: user.id }, include: { scores: true } },
    },
  });
  if (!interview) return null;
  const card = interview.scorecards[0] ?? null;
  const versionId = card?.matrixVersionId ?? interview.application.role.matrixVersionId;
  const focusIds = interview.stage.domains.map((d) => d.domainId);
  const questionDomainIds = interview.stage.questions.map((q) => q.question.domainId);
  const [allVersionDomains, cells, levels, version] = await Promise.all([
    db.matrixVersionDomain.findMany({ where: { versionId, domainId: { in: [...new Set([...focusIds, ...questionDomainIds])] } }, orderBy: { position: "asc" } }),
    db.matrixCell.findMany({
      where: { versionId, clusterId: interview.application.role.clusterId, domainId: { in: focusIds } },
      include: { indicators: { orderBy: { position: "asc" } } },
    }),
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" }, select: { rank: true, name: true } }),
    db.matrixVersion.findUnique({ where: { id: versionId }, select: { number: true } }),
  ]);
  const versionDomains = allVersionDomains.filter((d) => focusIds.includes(d.domainId));
  const question = (q: (typeof interview.stage.questions)[number]) => ({ id: q.question.id, prompt: q.question.prompt, level: q.question.level, answers: [q.question.answerL1, q.question.answerL2, q.question.answerL3] });
  const domains = versionDomains.map((d) => ({
    domainId: d.domainId,
    name: d.name,
    shortName: d.shortName,
    target: interview.application.role.targets.find((t) => t.domainId === d.domainId)?.level ?? 0,
    levels: [1, 2, 3].map((level) => ({
      level,
      name: levels.find((l) => l.rank === level)?.name ?? `Level ${level}`,
      indicators: cells.find((c) => c.domainId === d.domainId && c.level === level)?.indicators.map((i) => ({ id: i.id, text: i.text })) ?? [],
    })),
    questions: interview.stage.questions.filter((q) => q.question.domainId === d.domainId).map(question),
  }));
  // Questions the plan assigned to this stage from a domain it does not score: still asked, so shown.
  const otherQuestions = interview.stage.questions
    .filter((q) => !focusIds.includes(q.question.domainId))
    .map((q) => ({ ...question(q), domainName: allVersionDomains.find((d) => d.domainId === q.question.domainId)?.shortName ?? null }));
  const orderedIds = domains.map((d) => d.domainId);
  return {
    /** Keys this user's copies on the device (components/scorecard/local-copies). */
    viewerId: user.id,
    /** Why drafts and submissions are refused ("This candidate's application is closed (withdrawn)"); null when open. */
    closed: closedReason(interview.application, "draft"),
    interview: { id: interview.id, scheduledAt: interview.scheduledAt, stageName: interview.stage.name, stageKind: interview.stage.kind, durationMinutes: interview.stage.durationMinutes },
    candidate: interview.application.candidate,
    applicationId: interview.applicationId,
    role: { id: interview.application.role.id, title: interview.application.role.title, cluster: interview.application.role.cluster.name },
    matrixVersion: version?.number ?? null,
    domains,
    otherQuestions,
    scorecard: card
      ? { status: card.status, version: card.version, updatedAt: card.updatedAt.toISOString(), submittedAt: card.submittedAt?.toISOString() ?? null, values: toValues(card, orderedIds) }
      : { status: "DRAFT" as const, version: 0, updatedAt: null, submittedAt: null, values: toValues({ recommendation: null, privateNote: null, scores: [] }, orderedIds) },
  };
}
export type InterviewKit = NonNullable<Awaited<ReturnType<typeof interviewKit>>>;

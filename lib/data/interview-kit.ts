import "server-only";
import { canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { versionMatrix } from "../matrix/published-version";
import { closedReason, startsLater, toValues } from "../scorecards/service";
import { hiddenFeedbackReason } from "./feedback";

// One stage's interview kit (focus domains with the role's target, what each level looks like,
// the questions the plan assigned) is read by `stageKit`, for both the interview page
// (`interviewKit`, the interviewer's own interview) and the printable kit of a role's stage
// (`printableKit`, whoever may view the role), so the two cannot drift.

/** What a stage's kit is built from: its focus domains and the plan's questions, in order. */
const stageKitSelect = {
  domains: { select: { domainId: true } },
  questions: {
    orderBy: { position: "asc" },
    select: {
      question: {
        select: { id: true, prompt: true, level: true, domainId: true, answerL1: true, answerL2: true, answerL3: true },
      },
    },
  },
} as const;
type StageKitSource = {
  domains: { domainId: string }[];
  questions: {
    question: {
      id: string;
      prompt: string;
      level: number;
      domainId: string;
      answerL1: string;
      answerL2: string;
      answerL3: string;
    };
  }[];
};
type RoleKitSource = { clusterId: string; targets: { domainId: string; level: number }[] };

/**
 * The kit of one stage under matrix version `versionId`: per focus domain the role's target,
 * levels 1 to 3 with their indicators and the stage's questions; then the questions the plan
 * assigned from a domain the stage does not score (still asked, so shown).
 */
async function stageKit(stage: StageKitSource, role: RoleKitSource, versionId: string) {
  const focusIds = stage.domains.map((d) => d.domainId);
  const questionDomainIds = stage.questions.map((q) => q.question.domainId);
  const [version, cells, levels] = await Promise.all([
    versionMatrix(versionId),
    db.matrixCell.findMany({
      where: { versionId, clusterId: role.clusterId, domainId: { in: focusIds } },
      select: {
        domainId: true,
        level: true,
        indicators: { orderBy: { position: "asc" }, select: { id: true, text: true } },
      },
    }),
    db.proficiencyLevel.findMany({ orderBy: { rank: "asc" }, select: { rank: true, name: true } }),
  ]);
  const allVersionDomains = (version?.domains ?? []).filter(
    (d) => focusIds.includes(d.domainId) || questionDomainIds.includes(d.domainId),
  );
  const versionDomains = allVersionDomains.filter((d) => focusIds.includes(d.domainId));
  const question = (q: StageKitSource["questions"][number]) => ({
    id: q.question.id,
    prompt: q.question.prompt,
    level: q.question.level,
    answers: [q.question.answerL1, q.question.answerL2, q.question.answerL3],
  });
  const domains = versionDomains.map((d) => ({
    domainId: d.domainId,
    name: d.name,
    shortName: d.shortName,
    target: role.targets.find((t) => t.domainId === d.domainId)?.level ?? 0,
    levels: [1, 2, 3].map((level) => ({
      level,
      name: levels.find((l) => l.rank === level)?.name ?? `Level ${level}`,
      indicators: cells.find((c) => c.domainId === d.domainId && c.level === level)?.indicators ?? [],
    })),
    questions: stage.questions.filter((q) => q.question.domainId === d.domainId).map(question),
  }));
  const otherQuestions = stage.questions
    .filter((q) => !focusIds.includes(q.question.domainId))
    .map((q) => ({
      ...question(q),
      domainName: allVersionDomains.find((d) => d.domainId === q.question.domainId)?.shortName ?? null,
    }));
  return { matrixVersion: version?.number ?? null, domains, otherQuestions };
}

/**
 * The printable kit of one stage of a role (blank candidate and interviewer), for anyone who
 * may view the role (canViewRole); null when the stage isn't the role's or the role is hidden
 * from the user. Uses the role's current matrix version.
 */
export async function printableKit(user: CurrentUser, roleId: string, stageId: string) {
  const stage = await db.interviewStage.findFirst({
    where: { id: stageId, roleId },
    select: {
      id: true,
      name: true,
      kind: true,
      durationMinutes: true,
      ...stageKitSelect,
      role: {
        select: {
          id: true,
          title: true,
          ownerId: true,
          clusterId: true,
          matrixVersionId: true,
          cluster: { select: { name: true } },
          targets: { select: { domainId: true, level: true } },
          members: { select: { userId: true, function: true } },
        },
      },
    },
  });
  if (!stage || !canViewRole(user, stage.role)) return null;
  const kit = await stageKit(stage, stage.role, stage.role.matrixVersionId);
  return {
    role: { id: stage.role.id, title: stage.role.title, cluster: stage.role.cluster.name },
    stage: { id: stage.id, name: stage.name, kind: stage.kind, durationMinutes: stage.durationMinutes },
    ...kit,
  };
}
export type PrintableKit = NonNullable<Awaited<ReturnType<typeof printableKit>>>;

/** Everything the interviewer needs for one of their own interviews; null if not theirs. */
export async function interviewKit(user: CurrentUser, interviewId: string) {
  const interview = await db.interview.findFirst({
    where: { id: interviewId, interviewerId: user.id },
    include: {
      stage: { select: { name: true, kind: true, durationMinutes: true, ...stageKitSelect } },
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
  const [{ matrixVersion, domains, otherQuestions }, panelFeedbackHidden] = await Promise.all([
    stageKit(interview.stage, interview.application.role, versionId),
    hiddenFeedbackReason(user, interview.applicationId),
  ]);
  const orderedIds = domains.map((d) => d.domainId);
  return {
    /** Keys this user's copies on the device (components/scorecard/local-copies). */
    viewerId: user.id,
    /** Why drafts and submissions are refused (closed, withdrawn, erased; never the outcome); null when open. */
    closed: closedReason(interview.application, "draft"),
    interview: {
      id: interview.id,
      /** LEAD rates for the panel; SHADOW and REVERSE_SHADOW are the interviewer's training seats. */
      seat: interview.seat,
      scheduledAt: interview.scheduledAt,
      /** Not started yet: a draft can be saved, a submission waits (lib/scorecards/service.ts). */
      startsLater: startsLater(interview.scheduledAt),
      stageName: interview.stage.name,
      stageKind: interview.stage.kind,
      durationMinutes: interview.stage.durationMinutes,
    },
    candidate: interview.application.candidate,
    applicationId: interview.applicationId,
    role: {
      id: interview.application.role.id,
      title: interview.application.role.title,
      cluster: interview.application.role.cluster.name,
    },
    matrixVersion,
    domains,
    otherQuestions,
    /**
     * Whether the viewer reads the panel's feedback on this application now (the independence
     * rule, in the query): once every scorecard of theirs on it is submitted, or before under the
     * organisation's "always" setting. `panelFeedbackHidden` says why not.
     */
    panelFeedbackOpen: panelFeedbackHidden === null,
    panelFeedbackHidden,
    scorecard: card
      ? {
          status: card.status,
          version: card.version,
          updatedAt: card.updatedAt.toISOString(),
          submittedAt: card.submittedAt?.toISOString() ?? null,
          values: toValues(card, orderedIds),
        }
      : {
          status: "DRAFT" as const,
          version: 0,
          updatedAt: null,
          submittedAt: null,
          values: toValues({ recommendation: null, privateNote: null, scores: [] }, orderedIds),
        },
  };
}
export type InterviewKit = NonNullable<Awaited<ReturnType<typeof interviewKit>>>;

/**
 * What the scorecard form (a client component) needs of the kit: the kit panel beside it shows
 * the questions and their model answers, so they are not sent to the browser a second time in
 * the form's props (they were most of the page's inline payload).
 */
export function scorecardFormKit(kit: InterviewKit) {
  const { otherQuestions: _shownByThePanel, role: _role, matrixVersion: _version, ...rest } = kit;
  return { ...rest, domains: kit.domains.map(({ questions: _questions, ...domain }) => domain) };
}
export type ScorecardFormKit = ReturnType<typeof scorecardFormKit>;

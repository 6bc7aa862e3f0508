// Interviewer readiness writes: settings, weekly limits, qualifications (claimed after training,
// or granted and revoked by managers and admins), calibration exercises and attempts. Each
// authorizes through lib/auth/permissions.ts, validates with lib/validation/readiness.ts and
// writes its audit event in the same transaction.
import "server-only";
import { conflict, forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { can, canGrantQualificationTo, canTrainAsInterviewer } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { saveOrgSettings } from "../settings/org-settings";
import { Prisma } from "../generated/prisma/client";
import {
  attemptSchema,
  claimSchema,
  createExerciseSchema,
  grantSchema,
  readinessSettingsSchema,
  revokeSchema,
  weeklyLimitSchema,
} from "../validation/readiness";
import { anonymiseEvidence } from "./anonymise";
import { currentDomains, readinessOf, readinessSettings } from "./queries";
import { scoreCalibration, type CalibrationScore } from "./rules";

/** Admins set how many shadow and reverse-shadow seats qualify, the calibration pass mark and the default weekly limit. */
export async function updateReadinessSettings(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = readinessSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  return saveOrgSettings(actor, "readiness.settings_changed", parsed.data, (before) => ({
    from: before,
    to: parsed.data,
  }));
}

/** Managers and admins set a person's weekly interview limit (null: the organisation's default). */
export async function setWeeklyLimit(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "manageReadiness")) return forbidden();
  const parsed = weeklyLimitSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, limit } = parsed.data;
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { weeklyInterviewLimit: true } });
    if (!person) return notFound("That person");
    await tx.user.update({ where: { id: userId }, data: { weeklyInterviewLimit: limit } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.weekly_limit_set",
        entityType: "User",
        entityId: userId,
        data: { from: person.weeklyInterviewLimit, to: limit },
      },
      tx,
    );
    return { ok: true as const };
  });
}

async function domainIsCurrent(domainId: string) {
  return (await currentDomains()).some((d) => d.domainId === domainId);
}

const SELF_GRANT =
  "You can't grant yourself a qualification: qualify through shadow seats and calibration, or ask another manager to grant it.";

/** Managers and admins qualify someone directly (an experienced interviewer), with the reason. */
export async function grantQualification(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "manageReadiness")) return forbidden();
  const parsed = grantSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, domainId, note } = parsed.data;
  if (!canGrantQualificationTo(actor, userId)) return forbidden(SELF_GRANT);
  if (!(await domainIsCurrent(domainId))) return refused("That domain is not part of the current matrix.", "domainId");
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { kind: true, active: true } });
    if (!person) return notFound("That person");
    if (!person.active || !canTrainAsInterviewer(person))
      return refused("Only active people who interview can be qualified.");
    const existing = await tx.interviewerQualification.findUnique({ where: { userId_domainId: { userId, domainId } } });
    // Most often granted meanwhile (another tab, a colleague): a conflict, so the page refreshes.
    if (existing) return conflict("They are already qualified for that domain (granted meanwhile).");
    await tx.interviewerQualification.create({
      data: { userId, domainId, how: "GRANTED", grantedById: actor.id, note },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.qualification_granted",
        entityType: "User",
        entityId: userId,
        data: { domainId, note },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Managers and admins withdraw a qualification (the person trains again), with the reason. */
export async function revokeQualification(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "manageReadiness")) return forbidden();
  const parsed = revokeSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, domainId, note } = parsed.data;
  return db.$transaction(async (tx) => {
    const existing = await tx.interviewerQualification.findUnique({ where: { userId_domainId: { userId, domainId } } });
    if (!existing) return conflict("They are not qualified for that domain (already revoked, or never granted).");
    await tx.interviewerQualification.delete({ where: { userId_domainId: { userId, domainId } } });
    // The person trains again: only seats and calibration attempts after this instant count.
    const revokedAt = new Date();
    await tx.qualificationRevocation.upsert({
      where: { userId_domainId: { userId, domainId } },
      create: { userId, domainId, revokedAt },
      update: { revokedAt },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.qualification_revoked",
        entityType: "User",
        entityId: userId,
        data: { domainId, note, how: existing.how, qualifiedAt: existing.qualifiedAt.toISOString() },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** An interviewer who has done every step in a domain records their qualification. */
export async function claimQualification(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!canTrainAsInterviewer(actor)) return forbidden("Recruiters don't interview, so they don't qualify for domains.");
  const parsed = claimSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { domainId } = parsed.data;
  const mine = (await readinessOf([actor.id], await readinessSettings())).get(actor.id) ?? [];
  const progress = mine.find((d) => d.domainId === domainId);
  if (!progress) return refused("That domain is not part of the current matrix.");
  if (progress.status === "qualified") return refused("You are already qualified for that domain.");
  if (progress.status !== "ready-to-claim") return refused(`Not yet: you still need ${progress.remaining.join(", ")}.`);
  return db.$transaction(async (tx) => {
    await tx.interviewerQualification.create({ data: { userId: actor.id, domainId, how: "TRAINED" } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.qualification_claimed",
        entityType: "User",
        entityId: actor.id,
        data: {
          domainId,
          shadows: progress.shadows.done,
          reverseShadows: progress.reverseShadows.done,
          calibration: progress.best,
        },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** A trainee's ratings of an exercise, scored against each item's panel consensus. */
export async function submitCalibrationAttempt(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ attemptId: string; score: CalibrationScore }>> {
  if (!canTrainAsInterviewer(actor))
    return forbidden("Recruiters don't interview, so they don't take calibration exercises.");
  const parsed = attemptSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { exerciseId, answers } = parsed.data;
  const exercise = await db.calibrationExercise.findFirst({
    where: { id: exerciseId, retiredAt: null },
    select: { id: true, domainId: true, items: { select: { id: true, consensus: true } } },
  });
  if (!exercise) return notFound("That exercise");
  const byItem = Object.fromEntries(answers.map((a) => [a.itemId, a.rating]));
  if (answers.length !== exercise.items.length || exercise.items.some((i) => byItem[i.id] === undefined))
    return refused("Rate every piece of evidence before submitting.", "answers");
  const { calibrationPassMark } = await readinessSettings();
  const score = scoreCalibration(exercise.items, byItem, calibrationPassMark);
  return db.$transaction(async (tx) => {
    const attempt = await tx.calibrationAttempt.create({
      data: {
        exerciseId,
        userId: actor.id,
        exact: score.exact,
        withinOne: score.withinOne,
        items: score.items,
        meanOffset: score.meanOffset,
        passed: score.passed,
        passMark: calibrationPassMark,
        answers: { create: exercise.items.map((i) => ({ itemId: i.id, rating: byItem[i.id]! })) },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.calibration_attempted",
        entityType: "CalibrationExercise",
        entityId: exerciseId,
        data: {
          domainId: exercise.domainId,
          exact: score.exact,
          items: score.items,
          passed: score.passed,
          passMark: calibrationPassMark,
        },
      },
      tx,
    );
    return { ok: true as const, attemptId: attempt.id, score };
  });
}

type PanelRow = {
  app: string;
  consensus: number;
  raters: number;
  candidate: string;
  evidence: string[];
  panel: string[];
};

/**
 * Past panels' evidence in a domain: one item per closed application (hired, rejected or
 * withdrawn; never one still in process, whose panel may include the trainee) whose consensus
 * came from two or more lead interviewers, with every lead's evidence of 40+ characters, the
 * candidate not erased. Drawn at random, spread over the consensus levels.
 * Never an application with an interview whose scorecard was not submitted (closed over a
 * scorecard still due): the independence rule hides the panel's feedback from that interviewer
 * for good, and an exercise is shown to every interviewer.
 */
export async function pastPanels(domainId: string): Promise<PanelRow[]> {
  return db.$queryRaw<PanelRow[]>(Prisma.sql`
    SELECT a.id AS app, c.median AS consensus, c.raters, cand.name AS candidate,
      array_agg(ds.evidence ORDER BY s."submittedAt", s.id) AS evidence, array_agg(DISTINCT u.name) AS panel
    FROM "ApplicationDomainConsensus" c
    JOIN "Application" a ON a.id = c."applicationId" AND a.status <> 'ACTIVE'
    JOIN "Candidate" cand ON cand.id = a."candidateId" AND cand."erasedAt" IS NULL
    JOIN "Interview" i ON i."applicationId" = a.id AND i.seat = 'LEAD'
    JOIN "Scorecard" s ON s."interviewId" = i.id AND s.status = 'SUBMITTED'
    JOIN "DomainScore" ds ON ds."scorecardId" = s.id AND ds."domainId" = c."domainId" AND ds.rating IS NOT NULL AND length(ds.evidence) >= 40
    JOIN "User" u ON u.id = s."interviewerId"
    WHERE c."domainId" = ${domainId} AND c.raters >= 2 AND c.median IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Interview" due WHERE due."applicationId" = a.id AND due."scorecardSubmittedAt" IS NULL)
    GROUP BY a.id, c.median, c.raters, cand.name
    ORDER BY random()
    LIMIT 400`);
}

/** Picks `n` rows spread over the consensus levels: round robin over the levels present, each level's rows in their (random) order. */
export function spreadOverLevels<T extends { consensus: number }>(rows: T[], n: number): T[] {
  const byLevel = [0, 1, 2, 3].map((l) => rows.filter((r) => r.consensus === l)).filter((g) => g.length);
  const out: T[] = [];
  for (let round = 0; out.length < n && byLevel.some((g) => g.length > round); round++)
    for (const g of byLevel) if (g[round] && out.length < n) out.push(g[round]!);
  return out;
}

function shuffle<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Managers and admins build a calibration exercise for a domain from past panels' anonymised evidence. */
export async function createCalibrationExercise(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ exerciseId: string; items: number }>> {
  if (!can(actor, "manageReadiness")) return forbidden();
  const parsed = createExerciseSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { domainId, items } = parsed.data;
  const domain = (await currentDomains()).find((d) => d.domainId === domainId);
  if (!domain) return refused("That domain is not part of the current matrix.", "domainId");
  const panels = await pastPanels(domainId);
  if (panels.length < 3)
    return refused(
      `Not enough past evidence in ${domain.name} yet: ${panels.length} closed ${panels.length === 1 ? "application has" : "applications have"} a consensus from two or more interviewers with written evidence; an exercise needs at least 3.`,
      "domainId",
    );
  // Shuffled: the round robin's level order would give the answers away.
  const chosen = shuffle(spreadOverLevels(panels, items));
  const everyone = (await db.user.findMany({ select: { name: true } })).map((u) => u.name);
  const texts = chosen.map((p) =>
    p.evidence
      .map(
        (e, k) =>
          `Interviewer ${String.fromCharCode(65 + k)}: ${anonymiseEvidence(e, { candidates: [p.candidate], interviewers: p.panel, others: everyone })}`,
      )
      .join("\n\n"),
  );
  const count = await db.calibrationExercise.count({ where: { domainId } });
  return db.$transaction(async (tx) => {
    const exercise = await tx.calibrationExercise.create({
      data: {
        domainId,
        title: `${domain.name}: calibration ${count + 1}`,
        createdById: actor.id,
        items: {
          create: chosen.map((p, i) => ({
            position: i + 1,
            evidence: texts[i]!,
            consensus: p.consensus,
            raters: p.raters,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "readiness.exercise_created",
        entityType: "CalibrationExercise",
        entityId: exercise.id,
        data: { domainId, items: chosen.length },
      },
      tx,
    );
    return { ok: true as const, exerciseId: exercise.id, items: chosen.length };
  });
}

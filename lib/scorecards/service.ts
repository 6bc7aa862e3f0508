// Saving, submitting and amending scorecards. Every function checks that the interview
// is the caller's own, validates with the shared zod schema, and writes in one transaction.
// Concurrency: each write is a compare-and-set on Scorecard.version, so two tabs or two
// devices never silently overwrite each other, and N parallel submits make one submission.
import "server-only";
import { invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { idSchema } from "../validation/id";
import {
  amendmentSchema,
  ratingFromDb,
  ratingToDb,
  scorecardDraftSchema,
  sameScorecardValues,
  scorecardSubmitSchema,
  type ScorecardValues,
} from "../validation/scorecard";

export type ServerCopy = { values: ScorecardValues; version: number; updatedAt: string; status: "DRAFT" | "SUBMITTED" };
export type SaveResult =
  | ActionResult<{ version: number; savedAt: string; alreadySubmitted?: boolean }>
  | { ok: false; kind: "conflict"; message: string; server: ServerCopy };

async function ownInterview(tx: Tx, user: CurrentUser, interviewId: string) {
  return tx.interview.findFirst({
    where: { id: interviewId, interviewerId: user.id },
    select: {
      id: true,
      scheduledAt: true,
      stage: { select: { domains: { select: { domainId: true } } } },
      application: {
        select: {
          status: true,
          candidate: { select: { erasedAt: true } },
          role: { select: { matrixVersionId: true, clusterId: true } },
        },
      },
    },
  });
}

type Interview = NonNullable<Awaited<ReturnType<typeof ownInterview>>>;

/** A scorecard's answers as the database holds them (what toValues reads and audit compares). */
type StoredAnswers = {
  recommendation: string | null;
  privateNote: string | null;
  scores: {
    domainId: string;
    rating: number | null;
    notAssessed: boolean;
    evidence: string;
    observedIndicatorIds: string[];
  }[];
};

export function toValues(card: StoredAnswers, domainIds: string[]): ScorecardValues {
  return {
    scores: domainIds.map((domainId) => {
      const s = card.scores.find((x) => x.domainId === domainId);
      return {
        domainId,
        rating: ratingFromDb(s),
        evidence: s?.evidence ?? "",
        observedIndicatorIds: s?.observedIndicatorIds ?? [],
      };
    }),
    recommendation: (card.recommendation ?? "") as ScorecardValues["recommendation"],
    privateNote: card.privateNote ?? "",
  };
}

async function serverCopy(
  tx: Tx,
  interview: Interview,
  userId: string,
  domainIds: string[],
): Promise<ServerCopy | null> {
  const card = await tx.scorecard.findUnique({
    where: { interviewId_interviewerId: { interviewId: interview.id, interviewerId: userId } },
    include: { scores: true },
  });
  if (!card) return null;
  return {
    values: toValues(card, domainIds),
    version: card.version,
    updatedAt: card.updatedAt.toISOString(),
    status: card.status,
  };
}

/**
 * The domains this scorecard rates: the stage's focus domains that exist in the scorecard's
 * matrix version (a newer version may have retired one; the interview kit leaves it out, so
 * submitting must not ask for it). In the version's order, as the interview kit shows them.
 */
async function scoredDomainIds(tx: Tx, interview: Interview, matrixVersionId: string): Promise<string[]> {
  const focus = interview.stage.domains.map((d) => d.domainId);
  const inVersion = await tx.matrixVersionDomain.findMany({
    where: { versionId: matrixVersionId, domainId: { in: focus } },
    orderBy: { position: "asc" },
    select: { domainId: true },
  });
  return inVersion.map((d) => d.domainId);
}

/**
 * Drafts and submissions need an open application of a candidate who was not erased. An
 * amendment of a submitted scorecard stays possible on a closed application (hired, rejected,
 * withdrawn: correcting the record is still legitimate, and it is audited with a reason), but
 * not after erasure, which replaced the evidence on purpose.
 */
export function closedReason(
  application: { status: string; candidate: { erasedAt: Date | null } },
  mode: Mode,
): string | null {
  if (application.candidate.erasedAt) return "This candidate's data was erased";
  // Drafting or submitting means this person has not submitted yet, so the panel's outcome (hired,
  // rejected) is not theirs to see: only the candidate's own withdrawal is named.
  if (mode !== "amend" && application.status !== "ACTIVE")
    return application.status === "WITHDRAWN"
      ? "This candidate withdrew their application"
      : "This candidate's application is closed";
  return null;
}

export const SUBMIT_NOT_YET =
  "This interview hasn't started yet: your draft is saved, and you can submit once the interview has taken place.";

/**
 * A scorecard is evidence of an interview that took place: it can be drafted ahead (notes, a
 * plan) but not submitted before the interview's start. A submission ahead of time counted as a
 * training seat and in the panel's consensus, and read as negative hours to submit.
 */
export function startsLater(scheduledAt: Date | null, now = new Date()): boolean {
  return !!scheduledAt && scheduledAt.getTime() > now.getTime();
}

/** Indicator ids that belong to the matrix cells of this role's cluster, per domain. */
async function allowedIndicators(tx: Tx, interview: Interview, matrixVersionId: string) {
  const cells = await tx.matrixCell.findMany({
    where: { versionId: matrixVersionId, clusterId: interview.application.role.clusterId },
    select: { domainId: true, indicators: { select: { id: true } } },
  });
  const allowed = new Map<string, Set<string>>();
  for (const c of cells) {
    const set = allowed.get(c.domainId) ?? new Set<string>();
    c.indicators.forEach((i) => set.add(i.id));
    allowed.set(c.domainId, set);
  }
  return allowed;
}

/** The values as they would be stored: indicators outside the role's matrix cells dropped. */
function asStored<V extends ScorecardValues>(values: V, allowed: Map<string, Set<string>>): V {
  return {
    ...values,
    scores: values.scores.map((s) => ({
      ...s,
      observedIndicatorIds: s.observedIndicatorIds.filter((i) => allowed.get(s.domainId)?.has(i)),
    })),
  };
}

function checkDomains(values: ScorecardValues, domainIds: string[]) {
  const focus = new Set(domainIds);
  const given = values.scores.map((s) => s.domainId);
  if (given.some((d) => !focus.has(d)) || new Set(given).size !== given.length)
    return "Scores must be for this stage's focus domains, once each.";
  return null;
}

async function writeScores(tx: Tx, scorecardId: string, values: ScorecardValues, allowed: Map<string, Set<string>>) {
  for (const s of values.scores) {
    const data = {
      ...ratingToDb(s.rating),
      evidence: s.evidence,
      observedIndicatorIds: s.observedIndicatorIds.filter((i) => allowed.get(s.domainId)?.has(i)),
    };
    await tx.domainScore.upsert({
      where: { scorecardId_domainId: { scorecardId, domainId: s.domainId } },
      create: { scorecardId, domainId: s.domainId, ...data },
      update: data,
    });
  }
}

export type Mode = "draft" | "submit" | "amend";

type WriteInput = { interviewId: string; expectedVersion: number; values: unknown; reason?: unknown };

async function write(user: CurrentUser, raw: WriteInput, mode: Mode): Promise<SaveResult> {
  try {
    return await writeOnce(user, raw, mode);
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return writeOnce(user, raw, mode);
    throw e;
  }
}

async function writeOnce(user: CurrentUser, raw: WriteInput, mode: Mode): Promise<SaveResult> {
  const schema = mode === "draft" ? scorecardDraftSchema : mode === "submit" ? scorecardSubmitSchema : amendmentSchema;
  const parsed = schema.safeParse(mode === "amend" ? { ...(raw.values as object), reason: raw.reason } : raw.values);
  if (!parsed.success)
    return invalid(
      parsed.error,
      mode === "draft" ? "This draft could not be saved." : "The scorecard is not complete yet.",
    );
  const parsedValues = parsed.data as ScorecardValues & { reason?: string };
  // A malformed id (a NUL byte, a path) would be a database error; it is simply not an interview.
  if (!idSchema.safeParse(raw.interviewId).success) return notFound("That interview");

  return db.$transaction(async (tx): Promise<SaveResult> => {
    const interview = await ownInterview(tx, user, raw.interviewId);
    if (!interview) return notFound("That interview");
    const closed = closedReason(interview.application, mode);
    if (closed) return { ok: false, kind: "locked", message: `${closed}; nothing was saved.` };
    if (mode === "submit" && startsLater(interview.scheduledAt)) return refused(SUBMIT_NOT_YET);

    const existing = await tx.scorecard.findUnique({
      where: { interviewId_interviewerId: { interviewId: interview.id, interviewerId: user.id } },
      include: { scores: true },
    });
    const matrixVersionId = existing?.matrixVersionId ?? interview.application.role.matrixVersionId;
    const domainIds = await scoredDomainIds(tx, interview, matrixVersionId);
    const domainError = checkDomains(parsedValues, domainIds);
    if (domainError) return { ok: false, kind: "invalid", message: domainError, fieldErrors: {} };
    if (mode !== "draft" && parsedValues.scores.length !== domainIds.length) {
      return {
        ok: false,
        kind: "invalid",
        message: "Rate every focus domain (or mark it not assessed) before submitting.",
        fieldErrors: {},
      };
    }
    const allowed = await allowedIndicators(tx, interview, matrixVersionId);
    const values = asStored(parsedValues, allowed);
    const now = new Date();

    if (!existing) {
      if (mode === "amend") return { ok: false, kind: "locked", message: "There is no submitted scorecard to amend." };
      // The form expected a saved version: it was removed since, or the request never came from one.
      if (raw.expectedVersion !== 0) {
        return {
          ok: false,
          kind: "not_found",
          message:
            "There is no saved scorecard for this interview to update. Reload the page to start from what is saved.",
        };
      }
      // Two first saves racing: the unique (interviewId, interviewerId) index lets one win;
      // the loser's transaction fails with P2002 and is retried once by `write`.
      const created = await tx.scorecard.create({
        data: {
          interviewId: interview.id,
          interviewerId: user.id,
          matrixVersionId,
          status: mode === "submit" ? "SUBMITTED" : "DRAFT",
          recommendation: values.recommendation || null,
          privateNote: values.privateNote || null,
          submittedAt: mode === "submit" ? now : null,
        },
      });
      await writeScores(tx, created.id, values, allowed);
      await audit(tx, user, { id: created.id, interviewId: interview.id }, mode, null, values);
      return { ok: true, version: created.version, savedAt: now.toISOString() };
    }

    if (existing.status === "SUBMITTED" && mode !== "amend")
      return staleWrite(tx, interview, user.id, domainIds, values, mode);
    if (mode === "amend" && existing.status !== "SUBMITTED") {
      return { ok: false, kind: "locked", message: "Only a submitted scorecard can be amended." };
    }

    // Compare-and-set: the row lock serialises racing writers; the loser sees count 0.
    const updated = await tx.scorecard.updateMany({
      where: { id: existing.id, version: raw.expectedVersion, status: mode === "amend" ? "SUBMITTED" : "DRAFT" },
      data: {
        version: { increment: 1 },
        recommendation: values.recommendation || null,
        privateNote: values.privateNote || null,
        ...(mode === "submit" ? { status: "SUBMITTED" as const, submittedAt: now } : {}),
      },
    });
    if (updated.count === 0) return staleWrite(tx, interview, user.id, domainIds, values, mode);
    await writeScores(tx, existing.id, values, allowed);
    await audit(tx, user, { id: existing.id, interviewId: interview.id }, mode, existing, values);
    return { ok: true, version: raw.expectedVersion + 1, savedAt: now.toISOString() };
  });
}

/**
 * A write that did not land on the version it named: the version moved on, or the scorecard was
 * submitted meanwhile. What the server already holds, resent (a double click, a lost reply, a
 * second tab that typed the same), is a success at the current version, never a second
 * submission; anything different is never dropped silently but comes back as a conflict showing
 * both versions (after a submit, the user can amend with theirs, with a reason, or discard them).
 */
async function staleWrite(
  tx: Tx,
  interview: Interview,
  userId: string,
  domainIds: string[],
  values: ScorecardValues,
  mode: Mode,
): Promise<SaveResult> {
  const server = await serverCopy(tx, interview, userId, domainIds);
  if (!server) return notFound("That scorecard");
  const same = sameScorecardValues(values, server.values);
  if (server.status === "SUBMITTED" && mode !== "amend") {
    if (same) return { ok: true, version: server.version, savedAt: server.updatedAt, alreadySubmitted: true };
    return {
      ok: false,
      kind: "conflict",
      message: "This scorecard was already submitted from another tab or device, with different answers.",
      server,
    };
  }
  const sameStage = mode === "draft" ? server.status === "DRAFT" : mode === "amend" && server.status === "SUBMITTED";
  if (sameStage && same) return { ok: true, version: server.version, savedAt: server.updatedAt };
  return { ok: false, kind: "conflict", message: "This scorecard was changed in another tab or device.", server };
}

type Previous = StoredAnswers | null;

/** Audits rating changes on drafts, every submission, and amendments with the previous values. */
async function audit(
  tx: Tx,
  user: CurrentUser,
  card: { id: string; interviewId: string },
  mode: Mode,
  previous: Previous,
  values: ScorecardValues & { reason?: string },
) {
  const scorecardId = card.id;
  const ratings = values.scores.map((s) => ({ domainId: s.domainId, rating: s.rating }));
  if (mode === "submit") {
    await recordAudit(
      {
        actorId: user.id,
        action: "scorecard.submitted",
        entityType: "Scorecard",
        entityId: scorecardId,
        data: { interviewId: card.interviewId, ratings, recommendation: values.recommendation },
      },
      tx,
    );
  } else if (mode === "amend") {
    // The whole answer before and after, note and ticked indicators included, so an amendment can be reviewed.
    const before = previous
      ? {
          recommendation: previous.recommendation ?? "",
          privateNote: previous.privateNote ?? "",
          scores: previous.scores.map((s) => ({
            domainId: s.domainId,
            rating: ratingFromDb(s),
            evidence: s.evidence,
            observedIndicatorIds: s.observedIndicatorIds,
          })),
        }
      : null;
    const after = {
      recommendation: values.recommendation,
      privateNote: values.privateNote,
      scores: values.scores.map((s) => ({
        domainId: s.domainId,
        rating: s.rating,
        evidence: s.evidence,
        observedIndicatorIds: s.observedIndicatorIds,
      })),
    };
    await recordAudit(
      {
        actorId: user.id,
        action: "scorecard.amended",
        entityType: "Scorecard",
        entityId: scorecardId,
        data: { reason: values.reason ?? "", before, after },
      },
      tx,
    );
  } else {
    const changed = ratings.filter(
      (r) => ratingFromDb(previous?.scores.find((p) => p.domainId === r.domainId)) !== r.rating,
    );
    if (changed.length) {
      await recordAudit(
        {
          actorId: user.id,
          action: "scorecard.score_changed",
          entityType: "Scorecard",
          entityId: scorecardId,
          data: { changed },
        },
        tx,
      );
    }
  }
}

export const saveDraft = (
  user: CurrentUser,
  input: { interviewId: string; expectedVersion: number; values: unknown },
) => write(user, input, "draft");
export const submitScorecard = (
  user: CurrentUser,
  input: { interviewId: string; expectedVersion: number; values: unknown },
) => write(user, input, "submit");
export const amendScorecard = (
  user: CurrentUser,
  input: { interviewId: string; expectedVersion: number; values: unknown; reason: unknown },
) => write(user, input, "amend");

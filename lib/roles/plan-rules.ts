// Plain rules (no I/O) for the ids a saved interview plan refers to, and the order the plan
// builder offers questions in. The server checks every id so a bad request gets a clear
// message instead of a foreign-key error; the form uses the same ordering rules.

export type BankQuestion = { id: string; domainId: string; level: number; prompt: string; retired?: boolean };

/** A question as the database holds it, as the plan's rules and the plan editor read it. */
export function bankQuestion(q: {
  id: string;
  domainId: string;
  level: number;
  prompt: string;
  retiredAt: Date | null;
}): BankQuestion & { retired: boolean } {
  return { id: q.id, domainId: q.domainId, level: q.level, prompt: q.prompt, retired: q.retiredAt != null };
}
export type PlanStageRefs = { name: string; domainIds: string[]; interviewerIds: string[]; questionIds: string[] };

export type PlanContext = {
  /** Domains of the role's own matrix version, with display names. */
  domains: { domainId: string; name: string }[];
  /** People who may interview on a stage: the owner and the team's interviewers. */
  interviewerIds: string[];
  /** Everyone on the team, so a recruiter gets a precise message. */
  people: { id: string; name: string; function: "OWNER" | "INTERVIEWER" | "RECRUITER"; active?: boolean }[];
  /** Every question the stages refer to that exists (retired ones included). */
  questions: BankQuestion[];
};

export type PlanProblem = { path: string; message: string };

export type RoleTeam = { ownerId: string; members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[] };

/** Who may interview on a stage: the role's owner and its team's interviewers (recruiters don't interview). */
export function stageInterviewerIds(role: RoleTeam): string[] {
  return [role.ownerId, ...role.members.filter((m) => m.function === "INTERVIEWER").map((m) => m.userId)];
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The first id in the plan that the role can't use, or null when every reference is sound. */
export function planReferenceProblem(stages: PlanStageRefs[], ctx: PlanContext): PlanProblem | null {
  const domainName = new Map(ctx.domains.map((d) => [d.domainId, d.name]));
  const eligible = new Set(ctx.interviewerIds);
  const questions = new Map(ctx.questions.map((q) => [q.id, q]));
  for (const [i, s] of stages.entries()) {
    const label = `Stage ${i + 1} (“${s.name}”)`;
    const foreign = s.domainIds.find((id) => !domainName.has(id));
    if (foreign)
      return {
        path: `stages.${i}.domainIds`,
        message: `${label}: a focus domain is not part of this role's matrix version. Reload the page and choose again.`,
      };
    for (const id of s.interviewerIds) {
      const person = ctx.people.find((p) => p.id === id);
      if (eligible.has(id) && person?.active === false) {
        return {
          path: `stages.${i}.interviewerIds`,
          message: `${label}: ${person.name} has been deactivated; choose another interviewer.`,
        };
      }
      if (eligible.has(id)) continue;
      const message =
        person?.function === "RECRUITER"
          ? `${label}: ${person.name} is the role's recruiter; only the owner and the team's interviewers can interview.`
          : `${label}: an interviewer is not on the role's hiring team (add them on the role first).`;
      return { path: `stages.${i}.interviewerIds`, message };
    }
    for (const id of s.questionIds) {
      const q = questions.get(id);
      if (!q)
        return {
          path: `stages.${i}.questionIds`,
          message: `${label}: a chosen question does not exist (it may have been deleted). Reload the page.`,
        };
      if (q.retired)
        return {
          path: `stages.${i}.questionIds`,
          message: `${label}: the question “${short(q.prompt)}” has been retired; untick it.`,
        };
      if (!s.domainIds.includes(q.domainId)) {
        return {
          path: `stages.${i}.questionIds`,
          message: `${label}: the question “${short(q.prompt)}” is about ${domainName.get(q.domainId) ?? "a domain outside this role's matrix"}, which the stage does not focus on.`,
        };
      }
    }
  }
  return null;
}

export type StageBankGroup = {
  domainId: string;
  name: string;
  target: number;
  atTarget: BankQuestion[];
  others: BankQuestion[];
};

/**
 * The questions a stage can use, per focus domain: those at the role's target level first,
 * then the other levels in order. Retired questions appear only when already chosen, so they
 * can be unticked.
 */
export function stageBank(
  questions: BankQuestion[],
  targets: { domainId: string; name: string; level: number }[],
  domainIds: string[],
  chosen: string[] = [],
): StageBankGroup[] {
  const picked = new Set(chosen);
  return targets
    .filter((t) => domainIds.includes(t.domainId))
    .map((t) => {
      const mine = questions.filter((q) => q.domainId === t.domainId && (!q.retired || picked.has(q.id)));
      return {
        domainId: t.domainId,
        name: t.name,
        target: t.level,
        atTarget: mine.filter((q) => q.level === t.level),
        others: mine.filter((q) => q.level !== t.level).sort((a, b) => a.level - b.level),
      };
    })
    .filter((g) => g.atTarget.length + g.others.length > 0);
}

/**
 * What the form sends for a stage: focus domains the role's version no longer has (after a
 * move) and questions the form doesn't list for the stage's focus domains are dropped,
 * since the manager can't see them to untick them.
 */
export function tidyStage<S extends { domainIds: string[]; questionIds: string[] }>(
  stage: S,
  versionDomainIds: string[],
  questions: BankQuestion[],
): S {
  const domainIds = stage.domainIds.filter((id) => versionDomainIds.includes(id));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const questionIds = stage.questionIds.filter((id) => {
    const q = byId.get(id);
    return q != null && domainIds.includes(q.domainId);
  });
  return { ...stage, domainIds, questionIds };
}

/**
 * A stage's questions in the order they are asked: the ones it had keep their order, new ones
 * follow in the order ticked. The form's checkboxes come back in the bank's order, so saving an
 * untouched stage reordered its questions (and the audit said so).
 */
export function keepQuestionOrder(stored: readonly string[], submitted: readonly string[]): string[] {
  const chosen = new Set(submitted);
  const kept = stored.filter((id) => chosen.has(id));
  const added = [...chosen].filter((id) => !stored.includes(id));
  return [...kept, ...added];
}

/** What keeps a stage from being removed: its interviews, the candidates at it, those who entered the pipeline there. */
export type StageUse = { interviews: number; applications: number; enteredApplications: number };

/** Whether a stage is in use (removing it would drop interviews or take candidates out of the pipeline). */
export const stageInUse = (use: StageUse) => use.interviews + use.applications + use.enteredApplications > 0;

/** "interviews and candidates at it": what a stage in use holds, for the refusal and the plan form. */
export function inUseText(use: StageUse): string {
  const parts = [
    use.interviews ? "interviews" : null,
    use.applications ? "candidates at it" : null,
    // Moved on since: the pipeline's funnel still counts them from the stage they entered at.
    !use.applications && use.enteredApplications ? "candidates who entered the pipeline there" : null,
  ].filter(Boolean);
  return parts.join(" and ");
}

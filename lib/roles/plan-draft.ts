// Plain rules for the plan editor's device copy: when the form holds work the server lacks,
// and whether a stored copy is one the form can take back. No I/O: the browser storage lives
// in components/ui/device-copy.ts.
import type { StageInput } from "../validation/plan";

type StageLike = Partial<Omit<StageInput, "durationMinutes">> & { durationMinutes?: number | null };

/** A stable picture of the plan: checkbox order and untouched blanks do not count as changes. */
export function planFingerprint(stages: StageLike[]): string {
  return JSON.stringify(
    stages.map((s) => ({
      id: s.id ?? null,
      name: (s.name ?? "").trim(),
      kind: s.kind ?? null,
      minutes: Number.isFinite(s.durationMinutes) ? s.durationMinutes : null,
      domains: [...(s.domainIds ?? [])].sort(),
      interviewers: [...(s.interviewerIds ?? [])].sort(),
      questions: [...(s.questionIds ?? [])].sort(),
    })),
  );
}

export const samePlan = (a: StageLike[], b: StageLike[]) => planFingerprint(a) === planFingerprint(b);

/** `title` names the role where the copy is listed away from its page (sign-out); copies from before it have none. */
export type PlanCopy = { stages: StageInput[]; baseVersion: number; at: string; title?: string };

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A stored copy the form can restore, or null (missing, from an older format, tampered with). */
export function parsePlanCopy(raw: unknown): PlanCopy | null {
  if (!raw || typeof raw !== "object") return null;
  const c = raw as Record<string, unknown>;
  if (!Number.isInteger(c.baseVersion) || typeof c.at !== "string" || !Array.isArray(c.stages) || c.stages.length > 12)
    return null;
  const stages: StageInput[] = [];
  for (const s of c.stages as Record<string, unknown>[]) {
    if (!s || typeof s !== "object" || typeof s.name !== "string" || typeof s.kind !== "string") return null;
    if (!ids(s.domainIds) || !ids(s.interviewerIds) || !ids(s.questionIds)) return null;
    stages.push({
      ...(typeof s.id === "string" ? { id: s.id } : {}),
      name: s.name,
      kind: s.kind as StageInput["kind"],
      durationMinutes: typeof s.durationMinutes === "number" ? s.durationMinutes : NaN,
      domainIds: s.domainIds,
      interviewerIds: s.interviewerIds,
      questionIds: s.questionIds,
    });
  }
  const title = typeof c.title === "string" ? c.title.slice(0, 200) : undefined;
  return { stages, baseVersion: c.baseVersion as number, at: c.at, ...(title ? { title } : {}) };
}

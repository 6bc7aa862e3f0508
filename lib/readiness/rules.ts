// Interviewer readiness and interview load: plain rules (no I/O), shared by the pages, the
// forms and the services, and unit-tested (tests/unit/readiness/rules.test.ts).
//
// An interviewer qualifies to rate a domain after sitting in on it (SHADOW seats), leading
// with a qualified interviewer watching (REVERSE_SHADOW seats), both counted once their
// scorecard for the seat is submitted, and passing a calibration exercise in the domain
// (rating anonymised past evidence; agreement = share of items rated exactly as the past
// panel's consensus). Or a manager or admin grants it directly (an experienced interviewer).
// Training seats never count in the panel's consensus (migration readiness).

export const SEATS = ["LEAD", "SHADOW", "REVERSE_SHADOW"] as const;
export type Seat = (typeof SEATS)[number];
export const SEAT_LABEL: Record<Seat, string> = {
  LEAD: "Lead (rates)",
  SHADOW: "Shadow (trainee watches)",
  REVERSE_SHADOW: "Reverse shadow (trainee leads)",
};
export const SEAT_SHORT: Record<Seat, string> = { LEAD: "lead", SHADOW: "shadow", REVERSE_SHADOW: "reverse shadow" };

export type ReadinessSettings = {
  shadowsRequired: number;
  reverseShadowsRequired: number;
  /** Percent of items rated exactly as the panel's consensus. */
  calibrationPassMark: number;
  weeklyInterviewLimit: number;
};
export const DEFAULT_READINESS_SETTINGS: ReadinessSettings = {
  shadowsRequired: 2,
  reverseShadowsRequired: 1,
  calibrationPassMark: 70,
  weeklyInterviewLimit: 5,
};

export type DomainProgressInput = {
  shadows: number;
  reverseShadows: number;
  /** Best calibration result in the domain so far, or null when none was taken. */
  bestCalibration: { exact: number; items: number; passed: boolean } | null;
  qualification: { how: "TRAINED" | "GRANTED"; qualifiedAt: Date } | null;
};

export type DomainProgress = {
  status: "qualified" | "ready-to-claim" | "in-training";
  shadows: { done: number; required: number };
  reverseShadows: { done: number; required: number };
  calibrationPassed: boolean;
  /** What is still missing, in words, in the order to do it. */
  remaining: string[];
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Where an interviewer stands in one domain. A qualification, once held, stands even if the requirements rise later. */
export function domainProgress(input: DomainProgressInput, settings: ReadinessSettings): DomainProgress {
  const shadows = { done: input.shadows, required: settings.shadowsRequired };
  const reverseShadows = { done: input.reverseShadows, required: settings.reverseShadowsRequired };
  const calibrationPassed = input.bestCalibration?.passed === true;
  const remaining: string[] = [];
  if (shadows.done < shadows.required) remaining.push(`${plural(shadows.required - shadows.done, "more shadow seat")}`);
  if (reverseShadows.done < reverseShadows.required)
    remaining.push(`${plural(reverseShadows.required - reverseShadows.done, "more reverse-shadow seat")}`);
  if (!calibrationPassed) remaining.push("a passed calibration exercise");
  const status = input.qualification ? "qualified" : remaining.length === 0 ? "ready-to-claim" : "in-training";
  return { status, shadows, reverseShadows, calibrationPassed, remaining: input.qualification ? [] : remaining };
}

export type CalibrationScore = {
  items: number;
  exact: number;
  withinOne: number;
  /** Mean of (your rating − the panel's consensus): above 0 you rate more generously than the panels did. */
  meanOffset: number;
  /** exact / items, as a whole percent (rounded down, so 69.9% never passes a 70% mark). */
  agreementPercent: number;
  passed: boolean;
};

/** A trainee's ratings against the past panels' consensus, item by item. Every item must be rated. */
export function scoreCalibration(
  items: { id: string; consensus: number }[],
  answers: Record<string, number>,
  passMark: number,
): CalibrationScore {
  if (items.length === 0) throw new RangeError("An exercise needs at least one item");
  let exact = 0;
  let withinOne = 0;
  let offset = 0;
  for (const item of items) {
    const rating = answers[item.id];
    if (rating === undefined || !Number.isInteger(rating) || rating < 0 || rating > 3)
      throw new RangeError(`Item ${item.id} is not rated 0..3`);
    const d = rating - item.consensus;
    if (d === 0) exact++;
    if (Math.abs(d) <= 1) withinOne++;
    offset += d;
  }
  const agreementPercent = Math.floor((100 * exact) / items.length);
  return {
    items: items.length,
    exact,
    withinOne,
    meanOffset: offset / items.length,
    agreementPercent,
    passed: agreementPercent >= passMark,
  };
}

/** "You rated 0.4 levels higher than the panels on average", or level with them. */
export function offsetText(meanOffset: number): string {
  const v = Math.round(meanOffset * 10) / 10;
  if (v === 0) return "on average level with the panels";
  return `on average ${Math.abs(v).toFixed(1)} ${Math.abs(v) === 1 ? "level" : "levels"} ${v > 0 ? "higher" : "lower"} than the panels`;
}

// ---------------------------------------------------------------- plan warnings

export type StageForReadiness = { name: string; domainIds: string[]; interviewerIds: string[] };
export type ReadinessWarning = {
  stageIndex: number;
  stage: string;
  domainId: string;
  domain: string;
  interviewers: string[];
};

/**
 * A stage's focus domain rated only by interviewers not yet qualified for it (a stage with no
 * interviewers is coverage's business, not this). `qualified` maps a person to the domains they
 * are qualified for. Warnings, never a refusal to save or publish.
 */
export function unqualifiedStageDomains(
  stages: StageForReadiness[],
  qualified: Readonly<Record<string, readonly string[]>>,
  names: { domains: Readonly<Record<string, string>>; people: Readonly<Record<string, string>> },
): ReadinessWarning[] {
  const out: ReadinessWarning[] = [];
  stages.forEach((s, stageIndex) => {
    if (s.interviewerIds.length === 0) return;
    for (const domainId of s.domainIds) {
      if (s.interviewerIds.some((id) => qualified[id]?.includes(domainId))) continue;
      out.push({
        stageIndex,
        stage: s.name || `Stage ${stageIndex + 1}`,
        domainId,
        domain: names.domains[domainId] ?? "a domain",
        interviewers: s.interviewerIds.map((id) => names.people[id] ?? "an interviewer"),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------- interview load

/**
 * The week a local calendar date falls in, named by its Monday ("2026-11-30"), as the
 * viewer's calendar has it: the date typed in the scheduling form is already local, so this is
 * plain calendar arithmetic (no zone). PostgreSQL's date_trunc('week', ...) agrees (ISO weeks).
 */
export function weekOfLocalDate(localDate: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(localDate);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return null;
  const back = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** The local date ("2026-11-30") of an instant in a time zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The week key ("2026-11-30", its Monday) of an instant in a zone, as PostgreSQL's date_trunc('week') in that zone names it. */
export function weekKeyOf(instant: Date, timeZone: string): string {
  return weekOfLocalDate(localDateIn(instant, timeZone))!;
}

export type LoadStatus = "free" | "at-limit" | "over";

/** An interviewer's interviews that week against their limit, counting the one about to be scheduled. */
export function loadStatus(alreadyThatWeek: number, limit: number, adding = 1): LoadStatus {
  const total = alreadyThatWeek + adding;
  return total > limit ? "over" : total === limit ? "at-limit" : "free";
}

export function loadText(alreadyThatWeek: number, limit: number): string {
  return `${alreadyThatWeek} of ${limit} interviews that week`;
}

/** The limit in force for a person: their own, else the organisation's default. */
export const effectiveLimit = (own: number | null | undefined, orgDefault: number) => own ?? orgDefault;

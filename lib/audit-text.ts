// The audit log in words (plain, no I/O): each event as a sentence naming the people and
// objects ("Sam Rivera submitted the Technical screen scorecard for Amara Okafor"), and its
// data as field / before / after rows for a details view. Names come from auditNames
// (lib/data/audit-names.ts), resolved for one page of events at a time.
import type { AuditAction } from "./audit";
import { RECOMMENDATION_LABEL } from "./validation/scorecard-rules";
import { DECISION_LABEL, decisionWord } from "./validation/decision";
import { formatDateTime } from "./dates";
import { KIND_LABEL } from "./auth/permissions";
import { EMPHASES } from "./matrix/json-format";
import { FEEDBACK_VISIBILITY_LABEL } from "./settings/visibility-labels";
import { plural } from "./utils";

/** What an event's entity is called, by `${entityType}:${entityId}`; parts for sentences that need them. */
export type EntityName = { label: string; candidate?: string; role?: string };
export type AuditNames = {
  entities: ReadonlyMap<string, EntityName>;
  /** People, domains and stages referred to by id inside events' data. */
  ids: ReadonlyMap<string, string>;
  /** The viewer's zone, for times inside events' data (as the entries' own times are shown). */
  timeZone?: string | null;
};

export type AuditEventText = {
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  /** The event's data when the viewer may read it (never when its details are hidden from them). */
  data?: unknown;
};

const ENTITY_FALLBACK: Record<string, string> = {
  Application: "an application",
  ApiToken: "an API token",
  Candidate: "a candidate",
  CandidateImport: "a CSV import",
  CalibrationExercise: "a calibration exercise",
  MatrixCell: "a matrix cell",
  MatrixVersion: "the competency matrix",
  OrgSettings: "the organisation settings",
  Question: "a question",
  Role: "a role",
  Scorecard: "a scorecard",
  SelfIdCategory: "a self-identification question",
  User: "a person",
};

export const entityKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

type Phrase = (o: EntityName, data?: unknown) => string;
const on =
  (verb: string): Phrase =>
  (o) =>
    `${verb} ${o.label}`;
const forRole =
  (what: string): Phrase =>
  (o) =>
    `${what} for ${o.label}`;

/**
 * A pipeline move as what it did: "rejected …", "reopened …" (both read "moved … in the pipeline"
 * and differed only in their details); a stage move, or data the viewer may not read, stays "moved".
 */
function movedPhrase(label: string, data: unknown): string {
  const d = (data ?? {}) as { fromStatus?: unknown; toStatus?: unknown };
  if (d.fromStatus !== d.toStatus) {
    if (d.toStatus === "REJECTED") return `rejected ${label}`;
    if (d.toStatus === "WITHDRAWN") return `marked ${label} as withdrawn`;
    if (d.toStatus === "ACTIVE" && typeof d.fromStatus === "string") return `reopened ${label}`;
  }
  return `moved ${label} in the pipeline`;
}

/** "imported 3,990 candidates from spring-fair.csv" (events before the file name was kept: "from a CSV file"). */
function importPhrase(data: unknown): string {
  const d = (data ?? {}) as { fileName?: unknown; created?: unknown };
  const what = typeof d.created === "number" ? plural(d.created, "new candidate") : "candidates";
  const from =
    typeof d.fileName === "string" && d.fileName
      ? `“${d.fileName}”`
      : d.created != null
        ? "pasted CSV text"
        : "a CSV file";
  return `imported ${what} from ${from}`;
}

/** The verb phrase per action; the sentence is "<actor> <phrase>". */
/** Every audit action has its phrase (the type makes a new action without one fail to compile). */
const PHRASES: Record<AuditAction, Phrase> = {
  "api_token.created": on("created"),
  "api_token.revoked": on("revoked"),
  "application.created": (o) => (o.candidate && o.role ? `added ${o.candidate} to ${o.role}` : `added ${o.label}`),
  "application.decided": (o) => `recorded a decision on ${o.label}`,
  "application.moved": (o, data) => movedPhrase(o.label, data),
  "candidate.erased": on("erased the personal data of"),
  "check_in.reassigned": (o) => `reassigned the quality-of-hire check-ins of ${o.label}`,
  "check_in.recorded": (o) => `recorded a quality-of-hire check-in for ${o.label}`,
  "candidate.exported": on("exported the data of"),
  "candidate.imported": on("imported"),
  "candidates.imported": (_o, data) => importPhrase(data),
  "database.seeded": () => "set up the database",
  "fair_hiring.exported": (o) => `downloaded the fair-hiring report of ${o.label} as CSV`,
  "fair_hiring.viewed": (o) => `viewed the fair-hiring report of ${o.label}`,
  "interview.cancelled": (o) => `cancelled an interview with ${o.label}`,
  "interview.nudged": (o) => `reminded an interviewer of a due scorecard for ${o.label}`,
  "interview.rescheduled": (o) => `rescheduled an interview with ${o.label}`,
  "interviews.scheduled": forRole("scheduled interviews"),
  "job_description.saved": forRole("saved the job description"),
  "matrix.cell_edited": on("edited"),
  "matrix.domain_added": (o) => `added a domain to ${o.label}`,
  "matrix.domain_retired": (o) => `retired a domain in ${o.label}`,
  "matrix.domain_updated": (o) => `edited a domain in ${o.label}`,
  "matrix.domains_reordered": (o) => `reordered the domains of ${o.label}`,
  "matrix.draft_discarded": () => "discarded the matrix draft", // the draft is gone: no label to name it by
  "matrix.draft_started": on("started"),
  "matrix.emphasis_changed": (o) => `changed a cluster's emphasis in ${o.label}`,
  "matrix.imported": on("imported"),
  "matrix.published": on("published"),
  "plan.interviewers_pruned": (o) => `removed interviewers who left the team from the plan of ${o.label}`,
  "plan.published": (o) => `published the interview plan of ${o.label}`,
  "plan.saved": (o) => `saved the interview plan of ${o.label}`,
  "plan.unpublished": (o) => `took the interview plan of ${o.label} out of publication`,
  "question.created": on("added"),
  "question.restored": on("restored"),
  "question.retired": on("retired"),
  "question.updated": on("edited"),
  "readiness.calibration_attempted": (o) => `took ${o.label}`,
  "readiness.exercise_created": (o) => `built ${o.label} from past panels' anonymised evidence`,
  "readiness.qualification_claimed": () => "qualified for a domain after shadowing and calibration",
  "readiness.qualification_granted": (o) => `qualified ${o.label} to rate a domain`,
  "readiness.qualification_revoked": (o) => `withdrew a domain qualification of ${o.label}`,
  "readiness.settings_changed": () => "changed the interviewer readiness requirements or the weekly interview limit",
  "readiness.weekly_limit_set": (o) => `set the weekly interview limit of ${o.label}`,
  "role.created": on("created the role"),
  "role.logistics_changed": (o) => `changed the salary band or status of ${o.label}`,
  "role.matrix_moved": (o) => `moved ${o.label} to another matrix version`,
  "role.owner_changed": (o) => `changed the owner of ${o.label}`,
  "role.updated": on("edited the role"),
  "scorecard.amended": on("amended"),
  "scorecard.score_changed": (o) => `changed draft ratings on ${o.label}`,
  "scorecard.submitted": on("submitted"),
  "self_id.link_created": (o) => `created a self-identification link for ${o.label}`,
  "settings.check_in_days": () => "changed when hires get quality-of-hire check-ins",
  "settings.feedback_visibility": () => "changed when interviewers see each other's feedback",
  "settings.fair_hiring_min_group": () => "changed the fair-hiring report's smallest group shown",
  "settings.job_ad_texts": () => "edited the job ad texts",
  "settings.self_id_category_added": () => "added a self-identification question",
  "settings.self_id_category_changed": () =>
    "changed a self-identification question (its wording, answers or whether it is asked)",
  "user.created": on("added"),
  "user.deactivated": on("deactivated"),
  "user.initial_admin": (o) => `made ${o.label} the first admin`,
  "user.invited": (o) => `sent ${o.label} an invitation to set a password`,
  "user.kind_changed": (o) => `changed what ${o.label} can do`,
  "user.password_changed": () => "changed their password (every session of theirs was signed out)",
  "user.password_set": () => "set their password from an invitation",
  "user.reactivated": on("reactivated"),
  "user.sign_in_failed": (o, data) => {
    const d = (data ?? {}) as { reason?: string; blocked?: boolean };
    const why = SIGN_IN_FAILURE[d.reason ?? ""];
    return `refused a sign-in as ${o.label}${why ? `: ${why}` : ""}${d.blocked ? "; further attempts are blocked for a while" : ""}`;
  },
  "user.signed_in": () => "signed in",
  "user.signed_out_everywhere": () => "signed out everywhere",
};

const SIGN_IN_FAILURE: Record<string, string> = {
  wrong_password: "wrong password",
  deactivated: "the account is deactivated",
  no_password: "the account has no password yet",
};

/** "Sam Rivera submitted the Technical screen scorecard for Amara Okafor." */
export function auditSentence(e: AuditEventText, names: AuditNames): string {
  const object = names.entities.get(entityKey(e.entityType, e.entityId)) ?? {
    label: ENTITY_FALLBACK[e.entityType] ?? "something",
  };
  const phrase =
    PHRASES[e.action as AuditAction]?.(object, e.data) ?? `did ${e.action.replace(/[._]/g, " ")} on ${object.label}`;
  return `${e.actorName ?? "The system"} ${phrase}.`;
}

export type AuditChange = { field: string; before: string; after: string };
export type AuditFact = { field: string; value: string };

// Keys holding ids to name: "...Id(s)", a pipeline move's fromStage / toStage, and the domains'
// new order (matrix.domains_reordered).
const ID_KEY = /(Id|Ids)$|^(from|to|movedFrom)Stage$|^order$/;
/** A time as events store it (toISOString): shown in the viewer's zone, never as "2026-12-04T13:00:00.000Z". */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;
const FIELD_WORDS: Record<string, string> = {
  ownerId: "owner",
  clusterId: "cluster",
  durationMinutes: "duration (minutes)",
};
const fieldName = (k: string) =>
  FIELD_WORDS[k] ??
  k
    .replace(/(Id|Ids)$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();

/** Statuses and decisions as the pages word them (a move's "fromStatus: ACTIVE" reads "in process"). */
const STATUS_WORDS: Record<string, string> = {
  ACTIVE: "in process",
  HIRED: "hired",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  OPEN: "open",
  DRAFT: "draft",
  CLOSED: "closed",
  PUBLISHED: "published",
  SUBMITTED: "submitted",
};

/** Codes of settings, emphases and kinds as the pages word them (a kind change read "to INTERVIEWER"). */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const CODE_WORDS: Record<string, string> = {
  ...Object.fromEntries(EMPHASES.map((e) => [e.toUpperCase(), e])),
  ...Object.fromEntries(Object.entries(FEEDBACK_VISIBILITY_LABEL).map(([k, v]) => [k, lowerFirst(v)])),
  ...Object.fromEntries(Object.entries(KIND_LABEL).map(([k, v]) => [k, v.toLowerCase()])),
};
const CODE_KEYS = new Set(["emphasis", "from", "to", "kind", "feedbackVisibility"]);

/** A value for people: ids replaced by names where known, lists joined, objects as "key: value". */
/**
 * Longer lists in an event's data read as a count: a CSV import keeps the ids of the thousands of
 * candidates it made, and naming them put one page's lookups past the database's limit of bind
 * parameters (a 500) and thousands of names on the page.
 */
// 30: the most indicators a scorecard can mark (an amendment names them before and after).
export const NAMED_LIST_MAX = 30;

export function readable(value: unknown, names: AuditNames, key = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    if (key === "recommendation" && Object.hasOwn(RECOMMENDATION_LABEL, value))
      return RECOMMENDATION_LABEL[value as keyof typeof RECOMMENDATION_LABEL];
    if (/(^s|S)tatus$/.test(key) && Object.hasOwn(STATUS_WORDS, value)) return STATUS_WORDS[value]!;
    if ((key === "decision" || key === "previous") && Object.hasOwn(DECISION_LABEL, value))
      return decisionWord(value as keyof typeof DECISION_LABEL);
    if (ISO_TIME.test(value)) return formatDateTime(value, names.timeZone);
    if (CODE_KEYS.has(key) && Object.hasOwn(CODE_WORDS, value)) return CODE_WORDS[value]!;
    return ID_KEY.test(key) || key === "from" || key === "to" ? (names.ids.get(value) ?? value) : value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length > NAMED_LIST_MAX) return `${value.length.toLocaleString("en")} in all`;
    return value.length ? value.map((v) => readable(v, names, key.replace(/s$/, ""))).join(", ") : "none";
  }
  const o = value as Record<string, unknown>;
  const rest = Object.entries(o)
    .filter(([k]) => k !== "id" && k !== "domainId")
    .map(([k, v]) => `${fieldName(k)}: ${readable(v, names, k)}`)
    .join("; ");
  // A rating and the like reads "Observability: rating 3".
  return typeof o.domainId === "string"
    ? `${names.ids.get(o.domainId) ?? "a domain"} (${rest.replace(/: /g, " ")})`
    : rest;
}

/** Lists of stages (plans) or ratings (amendments), paired by id or domain: one row per item changed. */
function pairLists(before: unknown[], after: unknown[], names: AuditNames, prefix: string, out: AuditChange[]) {
  const keyOf = (x: unknown, i: number) => {
    const o = x as Record<string, unknown>;
    return String(o?.id ?? o?.domainId ?? i);
  };
  const b0 = new Map(before.map((x, i) => [keyOf(x, i), x]));
  const a0 = new Map(after.map((x, i) => [keyOf(x, i), x]));
  for (const k of [...new Set([...b0.keys(), ...a0.keys()])]) {
    const b = b0.get(k) as Record<string, unknown> | undefined;
    const a = a0.get(k) as Record<string, unknown> | undefined;
    const label = `${prefix}${String(a?.name ?? b?.name ?? names.ids.get(String(a?.domainId ?? b?.domainId ?? "")) ?? k)}`;
    if (!b) out.push({ field: label, before: "—", after: `added (${readable(a, names)})` });
    else if (!a) out.push({ field: label, before: readable(b, names), after: "removed" });
    else collect(b, a, names, `${label}: `, out);
  }
}

/** A list whose items are objects with an id or a domain: paired item by item, not compared whole. */
const keyedLists = (b: unknown, a: unknown): [unknown[], unknown[]] | null =>
  Array.isArray(b) &&
  Array.isArray(a) &&
  b.length + a.length > 0 &&
  [...b, ...a].every((x) => x !== null && typeof x === "object" && ("id" in x || "domainId" in x))
    ? [b, a]
    : null;

function collect(before: unknown, after: unknown, names: AuditNames, prefix: string, out: AuditChange[]) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
    if (k === "id") continue;
    // A scorecard's ratings inside an amendment's before/after: one row per domain that changed.
    const lists = keyedLists(b[k], a[k]);
    if (lists) {
      pairLists(lists[0], lists[1], names, prefix, out);
      continue;
    }
    const rb = readable(b[k], names, k);
    const ra = readable(a[k], names, k);
    if (rb !== ra) out.push({ field: `${prefix}${fieldName(k)}`, before: rb, after: ra });
  }
}

/**
 * An event's data for the details view: before/after rows for what changed (a plan's stages
 * matched by id, so a renamed or re-timed stage shows as one change), other facts as rows.
 */
export function auditDetailsText(data: unknown, names: AuditNames): { changes: AuditChange[]; facts: AuditFact[] } {
  const changes: AuditChange[] = [];
  const facts: AuditFact[] = [];
  if (!data || typeof data !== "object" || Array.isArray(data)) return { changes, facts };
  const d = data as Record<string, unknown>;
  if (Array.isArray(d.before) && Array.isArray(d.after)) {
    pairLists(d.before, d.after, names, "", changes);
  } else if (d.before && d.after && typeof d.before === "object" && typeof d.after === "object") {
    collect(d.before, d.after, names, "", changes);
  }
  for (const [k, v] of Object.entries(d)) {
    if (k === "before" || k === "after") continue;
    // An id nobody can read (the interview behind a scorecard): the sentence already names the object.
    if (ID_KEY.test(k) && typeof v === "string" && !names.ids.has(v)) continue;
    // Nothing in it (a role edit's team with nobody added or removed): no row saying "none; none".
    if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => Array.isArray(x) && !x.length))
      continue;
    facts.push({ field: fieldName(k), value: readable(v, names, k) });
  }
  // "from" before "to", whatever order the event's data was written in.
  const from = facts.findIndex((f) => f.field === "from");
  const to = facts.findIndex((f) => f.field === "to");
  if (from > to && to >= 0) [facts[from], facts[to]] = [facts[to]!, facts[from]!];
  return { changes, facts };
}

/** Ids inside events' data that name people, domains or stages: resolved with the page's names. */
export function idsInData(data: unknown, key = "", out = new Set<string>()): Set<string> {
  if (typeof data === "string") {
    if (ID_KEY.test(key) || key === "from" || key === "to") out.add(data);
  } else if (Array.isArray(data)) {
    // A long list is counted, not named (readable): its ids are not looked up.
    if (data.length <= NAMED_LIST_MAX) for (const v of data) idsInData(v, key.replace(/s$/, ""), out);
  } else if (data && typeof data === "object") for (const [k, v] of Object.entries(data)) idsInData(v, k, out);
  return out;
}

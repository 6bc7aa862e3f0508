// Plain rules for the role form's device copy: whether the form holds work the server lacks,
// and whether a stored copy is one the form can take back. No I/O: the browser storage lives in
// components/ui/device-copy.ts. Values are kept as the form holds them, mid-typing included
// (a title still too short, a salary not yet a number): the schema judges them at save.
import { ROLE_STATUSES } from "../validation/role-statuses";
import { asCurrency } from "../validation/currencies";
import type { RoleInput } from "../validation/role";
import { moneyFromInput } from "../validation/typed-numbers";

/** The form's values as react-hook-form holds them (a cleared number field is NaN or null). */
export type RoleFormValues = Omit<RoleInput, "targets" | "salaryMin" | "salaryMax"> & {
  salaryMin: number | null;
  salaryMax: number | null;
  targets: { domainId: string; level: number; weight: number | null }[];
};

/**
 * `baseVersion` is the role's version the edits started from (null for a role not created yet);
 * `base` the values the form was loaded with, so that a copy held back after someone else's save
 * can bring only the fields its editor changed (mergeRoleEdits).
 */
export type RoleCopy = {
  values: RoleFormValues;
  base: RoleFormValues | null;
  baseVersion: number | null;
  at: string;
  title: string;
  /** A salary end's text that is not a number yet ("about 120"): the form holds it as NaN, which storage cannot keep. */
  typedSalary?: TypedSalary;
};
export type TypedSalary = { salaryMin?: string; salaryMax?: string };

/** The typed text of the salary ends that do not read as an amount, or undefined when both do (or are blank). */
export function typedSalaryOf(textOf: (name: keyof TypedSalary) => string | undefined): TypedSalary | undefined {
  const out: TypedSalary = {};
  for (const name of ["salaryMin", "salaryMax"] as const) {
    const text = textOf(name)?.trim();
    if (text && Number.isNaN(moneyFromInput(text))) out[name] = text.slice(0, 100);
  }
  return out.salaryMin || out.salaryMax ? out : undefined;
}

const finiteOrNull = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Checkbox groups come back as a list, one value, or false for none checked: always a list. */
export function checkedList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" && v ? [v] : [];
}

/** A stable picture of the form: checkbox order and whitespace at the ends do not count as changes. */
export function roleFingerprint(v: Partial<RoleFormValues>): string {
  return JSON.stringify({
    title: (v.title ?? "").trim(),
    seniority: (v.seniority ?? "").trim(),
    clusterId: v.clusterId ?? "",
    templateId: v.templateId ?? "",
    location: (v.location ?? "").trim(),
    ownerId: v.ownerId ?? "",
    recruiterId: v.recruiterId ?? "",
    interviewerIds: checkedList(v.interviewerIds).sort(),
    targets: (v.targets ?? []).map((t) => [t?.domainId ?? "", finiteOrNull(Number(t?.level)), finiteOrNull(t?.weight)]),
    salary: [finiteOrNull(v.salaryMin), finiteOrNull(v.salaryMax), asCurrency(v.currency)],
    status: v.status ?? "",
  });
}

export const sameRole = (a: Partial<RoleFormValues>, b: Partial<RoleFormValues>) =>
  roleFingerprint(a) === roleFingerprint(b);

const str = (v: unknown, max: number): string | null => (typeof v === "string" && v.length <= max ? v : null);

/** A stored copy the form can restore, or null (missing, from another format, tampered with). */
export function parseRoleCopy(raw: unknown): RoleCopy | null {
  if (!raw || typeof raw !== "object") return null;
  const c = raw as Record<string, unknown>;
  const values = parseValues(c.values);
  const baseVersion = c.baseVersion === null ? null : Number.isInteger(c.baseVersion) ? (c.baseVersion as number) : NaN;
  if (!values || Number.isNaN(baseVersion) || typeof c.at !== "string") return null;
  const typed = c.typedSalary as Record<string, unknown> | undefined;
  const typedSalary: TypedSalary = {};
  for (const name of ["salaryMin", "salaryMax"] as const) {
    const text = typed && typeof typed === "object" ? str(typed[name], 100) : null;
    if (text) typedSalary[name] = text;
  }
  return {
    values,
    base: parseValues(c.base),
    baseVersion,
    at: c.at,
    title: typeof c.title === "string" ? c.title.slice(0, 200) : "",
    ...(typedSalary.salaryMin || typedSalary.salaryMax ? { typedSalary } : {}),
  };
}

function parseValues(raw: unknown): RoleFormValues | null {
  if (!raw || typeof raw !== "object") return null;
  const v = raw as Record<string, unknown>;
  // Generous limits: the copy holds what was typed, the schema's limits apply when saving.
  const fields = {
    title: str(v.title, 2000),
    seniority: str(v.seniority, 2000),
    clusterId: str(v.clusterId, 64),
    templateId: str(v.templateId, 64),
    location: str(v.location, 2000),
    recruiterId: str(v.recruiterId, 64),
  };
  if (Object.values(fields).some((f) => f === null)) return null;
  if (!(ROLE_STATUSES as readonly unknown[]).includes(v.status)) return null;
  if (!Array.isArray(v.targets) || v.targets.length > 20) return null;
  const targets: RoleFormValues["targets"] = [];
  for (const t of v.targets as Record<string, unknown>[]) {
    if (!t || typeof t !== "object" || typeof t.domainId !== "string") return null;
    targets.push({ domainId: t.domainId, level: finiteOrNull(t.level) ?? 0, weight: finiteOrNull(t.weight) });
  }
  const ownerId = str(v.ownerId, 64);
  return {
    ...(fields as Record<keyof typeof fields, string>),
    ...(ownerId !== null ? { ownerId } : {}),
    status: v.status as RoleFormValues["status"],
    interviewerIds: checkedList(v.interviewerIds).slice(0, 40),
    targets,
    salaryMin: finiteOrNull(v.salaryMin),
    salaryMax: finiteOrNull(v.salaryMax),
    // A copy kept before currencies were chosen has none: its band was in dollars.
    currency: asCurrency(typeof v.currency === "string" ? v.currency : null),
  };
}

const SCALARS = ["title", "seniority", "clusterId", "location", "ownerId", "recruiterId", "status"] as const;

/**
 * A held-back copy's edits on top of the role as it is now: each field its editor changed from
 * what they had loaded (`base`) takes their value, every other field keeps the newer one; the
 * salary band moves as one; interviewers they added or removed are added or removed; each
 * domain's level and weight count apart. Without a base (an older copy), the copy's whole values.
 */
export function mergeRoleEdits(
  current: RoleFormValues,
  mine: RoleFormValues,
  base: RoleFormValues | null,
): RoleFormValues {
  if (!base) return mine;
  const out: RoleFormValues = { ...current, targets: current.targets.map((t) => ({ ...t })) };
  for (const k of SCALARS) if ((mine[k] ?? "") !== (base[k] ?? "")) Object.assign(out, { [k]: mine[k] });
  if (mine.salaryMin !== base.salaryMin || mine.salaryMax !== base.salaryMax || mine.currency !== base.currency) {
    out.salaryMin = mine.salaryMin;
    out.salaryMax = mine.salaryMax;
    out.currency = mine.currency;
  }
  const had = new Set(checkedList(base.interviewerIds));
  const has = new Set(checkedList(mine.interviewerIds));
  const people = new Set(checkedList(current.interviewerIds));
  for (const id of has) if (!had.has(id)) people.add(id);
  for (const id of had) if (!has.has(id)) people.delete(id);
  out.interviewerIds = [...people];
  for (const t of out.targets) {
    const m = mine.targets.find((x) => x.domainId === t.domainId);
    const b = base.targets.find((x) => x.domainId === t.domainId);
    if (!m || !b) continue;
    if (m.level !== b.level) t.level = m.level;
    if (m.weight !== b.weight) t.weight = m.weight;
  }
  return out;
}

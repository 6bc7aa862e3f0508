// What an edit changed on a role, for the audit log (plain, no I/O): each changed field as
// before/after, team members added and removed, and the targets whose level or weight moved.

type Member = { userId: string; function: "INTERVIEWER" | "RECRUITER" };
type Target = { domainId: string; level: number; weight: number };
type RoleState = {
  title: string;
  seniority: string;
  status: string;
  clusterId: string;
  salaryMin: number | null;
  salaryMax: number | null;
  currency: string;
  location: string | null;
  ownerId: string;
  members: Member[];
  targets: Target[];
};

const FIELDS = [
  "title",
  "seniority",
  "status",
  "clusterId",
  "salaryMin",
  "salaryMax",
  "currency",
  "location",
  "ownerId",
] as const;

export type RoleChanges = {
  before: Partial<Record<(typeof FIELDS)[number], string | number | null>> & { targets?: Target[] };
  after: Partial<Record<(typeof FIELDS)[number], string | number | null>> & { targets?: Target[] };
  team: { added: Member[]; removed: Member[] };
};

const key = (m: Member) => `${m.function}:${m.userId}`;
const pick = (t: Target): Target => ({ domainId: t.domainId, level: t.level, weight: t.weight });

/** `before` and `after` hold only what changed; targets compare by domain (a missing one is level 0). */
export function roleChanges(before: RoleState, after: RoleState): RoleChanges {
  const out: RoleChanges = { before: {}, after: {}, team: { added: [], removed: [] } };
  for (const f of FIELDS) {
    if (before[f] !== after[f]) {
      out.before[f] = before[f];
      out.after[f] = after[f];
    }
  }
  const had = new Set(before.members.map(key));
  const has = new Set(after.members.map(key));
  out.team.added = after.members
    .filter((m) => !had.has(key(m)))
    .map((m) => ({ userId: m.userId, function: m.function }));
  out.team.removed = before.members
    .filter((m) => !has.has(key(m)))
    .map((m) => ({ userId: m.userId, function: m.function }));
  const old = new Map(before.targets.map((t) => [t.domainId, t]));
  const changed = after.targets.filter((t) => {
    const o = old.get(t.domainId);
    return !o ? t.level !== 0 : o.level !== t.level || o.weight !== t.weight;
  });
  if (changed.length) {
    out.before.targets = changed.map((t) =>
      pick(old.get(t.domainId) ?? { domainId: t.domainId, level: 0, weight: t.weight }),
    );
    out.after.targets = changed.map(pick);
  }
  return out;
}

// The fair-hiring report's settings (admins, can("changeSettings")): which self-identification
// questions are asked and their answers (SelfIdCategory), and the smallest group the report
// shows (OrgSettings.fairHiringMinGroup). Every change is audited with its before and after;
// none of it is about a person, so the audit keeps the wording itself.
import "server-only";
import { conflict, forbidden, invalid, notFound, refused, type ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import { can } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db, type Tx } from "../db";
import { saveOrgSettings } from "../settings/org-settings";
import {
  fairHiringMinGroupSchema,
  MAX_SELF_ID_CATEGORIES,
  selfIdCategorySchema,
  selfIdCategoryUpdateSchema,
} from "../validation/self-id";

export const DEFAULT_MIN_GROUP = 10;

export type FairHiringSettings = {
  minGroup: number;
  categories: {
    id: string;
    key: string;
    label: string;
    options: string[];
    active: boolean;
    version: number;
    answers: number;
  }[];
};

/** For the admin page: the minimum group size and every question, retired ones last, with how many people answered each. */
export async function fairHiringSettings(actor: CurrentUser): Promise<FairHiringSettings | null> {
  if (!can(actor, "changeSettings")) return null;
  const [settings, categories] = await Promise.all([
    db.orgSettings.findUnique({ where: { id: 1 }, select: { fairHiringMinGroup: true } }),
    db.selfIdCategory.findMany({
      orderBy: [{ active: "desc" }, { position: "asc" }, { key: "asc" }],
      take: MAX_SELF_ID_CATEGORIES,
      select: {
        id: true,
        key: true,
        label: true,
        options: true,
        active: true,
        version: true,
        _count: { select: { answers: true } },
      },
    }),
  ]);
  return {
    minGroup: settings?.fairHiringMinGroup ?? DEFAULT_MIN_GROUP,
    categories: categories.map(({ _count, ...c }) => ({ ...c, answers: _count.answers })),
  };
}

export async function setFairHiringMinGroup(actor: CurrentUser, raw: unknown): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = fairHiringMinGroupSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { minGroup } = parsed.data;
  return saveOrgSettings(actor, "settings.fair_hiring_min_group", { fairHiringMinGroup: minGroup }, (before) => ({
    from: before?.fairHiringMinGroup ?? DEFAULT_MIN_GROUP,
    to: minGroup,
  }));
}

/** A key for a new question from its name ("Veteran status" → "veteran_status"), unique among the existing ones. */
export function keyFor(label: string, taken: string[]): string {
  const base =
    label
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 30) || "question";
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

async function audit(tx: Tx, actor: CurrentUser, categoryId: string, added: boolean, data: object) {
  await recordAudit(
    {
      actorId: actor.id,
      action: added ? "settings.self_id_category_added" : "settings.self_id_category_changed",
      entityType: "SelfIdCategory",
      entityId: categoryId,
      data,
    },
    tx,
  );
}

/** Two questions may not share a label, whatever its case. */
function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Adds a question, asked from now on (last in the form). At most MAX_SELF_ID_CATEGORIES, retired ones counted. */
export async function createSelfIdCategory(
  actor: CurrentUser,
  raw: unknown,
): Promise<ActionResult<{ id: string; key: string }>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = selfIdCategorySchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { label, options, active } = parsed.data;
  const made = await db.$transaction(async (tx) => {
    const existing = await tx.selfIdCategory.findMany({ select: { key: true, label: true, position: true } });
    if (existing.length >= MAX_SELF_ID_CATEGORIES) return "full" as const;
    if (existing.some((c) => sameLabel(c.label, label))) return "duplicate" as const;
    const key = keyFor(
      label,
      existing.map((c) => c.key),
    );
    const position = Math.max(-1, ...existing.map((c) => c.position)) + 1;
    const row = await tx.selfIdCategory.create({
      data: { key, label, options, active, position },
      select: { id: true, key: true },
    });
    await audit(tx, actor, row.id, true, { key, label, options, active });
    return row;
  });
  if (made === "full")
    return refused(`An organisation keeps at most ${MAX_SELF_ID_CATEGORIES} questions; reword or retire one instead.`);
  if (made === "duplicate") return refused("A question with this name exists already.", "label");
  return { ok: true, ...made };
}

/**
 * What a stale page is told: nothing was saved, and the typed text stays in the form (the page
 * keeps it) to copy before reloading.
 */
const STALE_QUESTION = conflict(
  "Someone else changed this question since you loaded this page. Nothing was saved: your text is still in the form; copy it, reload the page to see their change, and save again.",
);

/**
 * Rewords a question, changes its answers, retires or restores it. Answers already given keep
 * their wording: a renamed or removed answer still counts in the report under its old wording.
 * The form sends the question's version as it loaded it: when another admin saved in between,
 * the save is refused (a conflict) and nothing is written or audited. The version is checked in
 * the update's WHERE, so of two saves from the same version at the same moment exactly one
 * writes (the second waits on the row's lock and then matches nothing).
 */
export async function updateSelfIdCategory(
  actor: CurrentUser,
  categoryId: string,
  raw: unknown,
): Promise<ActionResult<object>> {
  if (!can(actor, "changeSettings")) return forbidden();
  const parsed = selfIdCategoryUpdateSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const { label, options, active, version } = parsed.data;
  const done = await db.$transaction(async (tx) => {
    const before = await tx.selfIdCategory.findUnique({
      where: { id: categoryId },
      select: { key: true, label: true, options: true, active: true, version: true },
    });
    if (!before) return "missing" as const;
    if (before.version !== version) return "stale" as const;
    // The same rule as createSelfIdCategory (Prisma's insensitive equals is an ILIKE, where "_"
    // and "%" in a label would match any character); at most MAX_SELF_ID_CATEGORIES rows.
    const others = await tx.selfIdCategory.findMany({ where: { id: { not: categoryId } }, select: { label: true } });
    if (others.some((c) => sameLabel(c.label, label))) return "duplicate" as const;
    const written = await tx.selfIdCategory.updateMany({
      where: { id: categoryId, version },
      data: { label, options, active, version: { increment: 1 } },
    });
    if (written.count !== 1) return "stale" as const;
    const { key, version: _loaded, ...was } = before;
    await audit(tx, actor, categoryId, false, { key, before: was, after: { label, options, active } });
    return "ok" as const;
  });
  if (done === "missing") return notFound("That question");
  if (done === "stale") return STALE_QUESTION;
  if (done === "duplicate") return refused("A question with this name exists already.", "label");
  return { ok: true };
}

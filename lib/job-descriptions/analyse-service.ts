import "server-only";
import { z } from "zod";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { analyseJobDescription, type DomainKey, type JdAnalysis, type Target } from "../jd/analyse";
import { inclusiveLanguageWarnings } from "../jd/inclusive";

export const analyseSchema = z.object({ text: z.string().trim().min(20, "Paste a job description (at least a few lines)").max(50_000, "That text is too long (50,000 characters max)") });

export type InclusiveWarning = Awaited<ReturnType<typeof inclusiveLanguageWarnings>>[number];

/** Maps a pasted job description onto the role's targets; deterministic, no outside service. */
export async function analyseForRole(user: CurrentUser, roleId: string, raw: unknown): Promise<ActionResult<{ analysis: JdAnalysis; inclusive: InclusiveWarning[] }>> {
  if (user.kind === "INTERVIEWER") return forbidden();
  const parsed = analyseSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const role = await db.role.findUnique({ where: { id: roleId }, include: { members: true, targets: { include: { domain: { select: { key: true } } } } } });
  if (!role || !canViewRole(user, role)) return notFound("That role");
  const targets = { observability: 0, "data-ml": 0, automation: 0, "security-governance": 0 } as Record<DomainKey, Target>;
  for (const t of role.targets) if (t.domain.key in targets) targets[t.domain.key as DomainKey] = t.level as Target;
  const analysis = analyseJobDescription(parsed.data.text, { title: role.title, targets });
  // The inclusive-language check is an extra: if its packages are missing, the analysis still answers.
  const inclusive = await inclusiveLanguageWarnings(parsed.data.text).catch(() => []);
  return { ok: true, analysis, inclusive };
}

import "server-only";
import { forbidden, invalid, notFound, type ActionResult } from "../action-result";
import { can, canViewRole } from "../auth/permissions";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { analyseJobDescription, type DomainKey, type JdAnalysis, type Target } from "../jd/analyse";
import { inclusiveLanguageWarnings, type InclusiveWarning } from "../jd/inclusive";
import { exclusionWarnings, type ExclusionWarning } from "../jd/exclusion";
import { readsAsEnglish } from "../jd/language";
import { learnExtraDomain } from "../jd/learned";
import { analyseSchema } from "../validation/jd";
import { htmlToText, looksLikeHtml } from "./html-to-text";

/** The inclusive-language check ran (maybe with no warnings), or it could not run: never confuse the two. */
export type InclusiveResult = { available: true; warnings: InclusiveWarning[] } | { available: false; message: string };

export const INCLUSIVE_UNAVAILABLE =
  "Inclusive-language check unavailable right now; the rest of the analysis is complete. Try again later.";

/** Runs the inclusive-language check; a failure becomes "unavailable", not an empty (clean) result. */
export async function checkInclusive(
  text: string,
  check: (text: string) => Promise<InclusiveWarning[]> = inclusiveLanguageWarnings,
): Promise<InclusiveResult> {
  try {
    return { available: true, warnings: await check(text) };
  } catch (err) {
    console.warn(`[jd] inclusive-language check failed: ${err instanceof Error ? err.message : String(err)}`);
    return { available: false, message: INCLUSIVE_UNAVAILABLE };
  }
}

/**
 * A targeted domain the organisation added to the matrix: the analyser checks it with a vocabulary
 * learned from that domain's indicators (`learned`), or cannot check it when it has none.
 */
export type UncheckedDomain = { name: string; target: number; learned: boolean };

/** Maps a pasted job description onto the role's targets; deterministic, no outside service. */
export async function analyseForRole(
  user: CurrentUser,
  roleId: string,
  raw: unknown,
  deps: { inclusive?: (text: string) => Promise<InclusiveWarning[]> } = {},
): Promise<
  ActionResult<{
    analysis: JdAnalysis;
    inclusive: InclusiveResult;
    exclusion: ExclusionWarning[];
    unchecked: UncheckedDomain[];
    /** The pasted text was HTML and was read as its text lines (line numbers count those lines). */
    fromHtml: boolean;
    /** False when the text does not read as English: every check reads English only (lib/jd/language.ts). */
    english: boolean;
  }>
> {
  if (!can(user, "writeJobDescriptions")) return forbidden();
  const parsed = analyseSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const role = await db.role.findUnique({
    where: { id: roleId },
    include: { members: true, targets: { include: { domain: { select: { key: true } } } } },
  });
  if (!role || !canViewRole(user, role)) return notFound("That role");
  const targets = { observability: 0, "data-ml": 0, automation: 0, "security-governance": 0 } as Record<
    DomainKey,
    Target
  >;
  const foreign: { domainId: string; target: number }[] = [];
  // Targets of the role's matrix version only: a domain that version retired keeps its old target
  // row (the role's history), but the ad is not expected to ask for it any more.
  const live = new Set(
    (
      await db.matrixVersionDomain.findMany({
        where: { versionId: role.matrixVersionId },
        select: { domainId: true },
      })
    ).map((d) => d.domainId),
  );
  for (const t of role.targets.filter((x) => live.has(x.domainId))) {
    if (t.domain.key in targets) targets[t.domain.key as DomainKey] = t.level as Target;
    else if (t.level > 0) foreign.push({ domainId: t.domainId, target: t.level });
  }
  // An added domain is checked with a vocabulary learned from its own indicators in this matrix
  // version (against the built-in domains' indicators); one with no indicators is said out loud.
  const foreignIds = foreign.map((f) => f.domainId);
  const [names, cells] = foreign.length
    ? await Promise.all([
        db.matrixVersionDomain.findMany({
          where: { versionId: role.matrixVersionId, domainId: { in: foreignIds } },
          select: { domainId: true, name: true },
        }),
        db.matrixCell.findMany({
          where: { versionId: role.matrixVersionId, clusterId: role.clusterId },
          select: { domainId: true, indicators: { select: { text: true } } },
        }),
      ])
    : [[], []];
  const extraDomains = foreign.flatMap((f) => {
    const name = names.find((n) => n.domainId === f.domainId)?.name ?? "A domain";
    const own = cells.filter((c) => c.domainId === f.domainId).flatMap((c) => c.indicators.map((i) => i.text));
    const others = cells
      .filter((c) => !foreignIds.includes(c.domainId))
      .flatMap((c) => c.indicators.map((i) => i.text));
    return own.length ? [{ ...learnExtraDomain(f.domainId, name, own, others), target: f.target }] : [];
  });
  const unchecked = foreign.map((f) => ({
    name: names.find((n) => n.domainId === f.domainId)?.name ?? "A domain",
    target: f.target,
    learned: extraDomains.some((x) => x.key === f.domainId),
  }));
  // An ad pasted as HTML (a careers page's source) is read as its text lines: every check below
  // reads one requirement per line, and HTML says its line breaks with tags.
  const fromHtml = looksLikeHtml(parsed.data.text);
  const text = fromHtml ? htmlToText(parsed.data.text) : parsed.data.text;
  // The role's title is only the fallback: the analyser prefers the title the pasted text gives itself.
  const analysis = analyseJobDescription(text, { title: role.title, targets }, { extraDomains });
  const inclusive = await checkInclusive(text, deps.inclusive);
  // Job-ad checks (native speaker, age, culture fit, degree and years above the level, gender-coded words) need no package.
  const exclusion = exclusionWarnings(text, targets);
  return { ok: true, analysis, inclusive, exclusion, unchecked, fromHtml, english: readsAsEnglish(text) };
}

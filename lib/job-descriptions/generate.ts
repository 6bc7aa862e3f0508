// Level-true job ads generated from the matrix, ready to post: what the person will do (the
// target level's tasks), what they bring (the target level's knowledge, and one line per domain
// in ad wording), nice-to-haves from the level above, and the organisation's own profile,
// benefits and equal-opportunity texts. No sentence appears twice. Pure functions: the page and
// the tests pass the data in.
import type { z } from "zod";
import { DOMAIN_KEYS, type DomainKey, type Level } from "../jd/lexicon";
import type { generatedFromSchema } from "../validation/jd";
import { caseNames, reword } from "./ad-register";
import { BRING } from "./bring";

export type JdDomain = {
  domainId: string;
  /** The built-in domain's key, when it is one. */ key?: string;
  name: string;
  target: number;
  indicators: Record<number, string[]>;
};
export type JdOrganisation = { name: string; profile: string; benefits: string; equalOpportunity: string };
export type JdInput = {
  title: string;
  seniority: string;
  clusterName: string;
  clusterSummary: string;
  levelNames: Record<number, string>;
  domains: JdDomain[];
  /** Pay in the role's own currency; null when the role has none (a reference range in another currency is not shown). */
  salary: { min: number; max: number; currency: string; source: "role" | "template" } | null;
  remote: string | null;
  location: string | null;
  organisation?: JdOrganisation | null;
};

/**
 * What a generated text was generated from, recorded when it is generated and kept through the
 * save: the targets (to tell "targets changed since") and the untouched text (to tell hand edits).
 */
export type GeneratedFrom = z.infer<typeof generatedFromSchema>;
type GeneratedJd = { text: string; generatedFrom: GeneratedFrom };

/** Nice-to-haves per domain, from the level above the target: enough to mean something, not the whole cell. */
const NICE_TO_HAVE_PER_DOMAIN = 3;

/** Money in the currency's usual local style ("$150,000", "€95,000", "£80,000"). */
const LOCALE: Record<string, string> = {
  USD: "en-US",
  EUR: "en-IE",
  GBP: "en-GB",
  CHF: "de-CH",
  CAD: "en-CA",
  AUD: "en-AU",
  INR: "en-IN",
  SEK: "sv-SE",
  PLN: "pl-PL",
  JPY: "ja-JP",
};
const money = (n: number, currency: string) =>
  new Intl.NumberFormat(LOCALE[currency] ?? "en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(
    n,
  );
const levelLabel = (input: JdInput, level: number) =>
  `Level ${level}${input.levelNames[level] ? ` (${input.levelNames[level]})` : ""}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const isBuiltIn = (key: string | undefined): key is DomainKey => DOMAIN_KEYS.includes(key as DomainKey);
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const bullets = (text: string) =>
  text
    .split("\n")
    .map((l) => l.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);

/** The cluster's summary addressed to the candidate ("In AIOps they judge..." → "In AIOps you judge..."). */
function roleIntro(input: JdInput): string {
  const summary = input.clusterSummary
    .trim()
    .replace(/\bthey\b/g, "you")
    .replace(/\btheir\b/g, "your");
  return summary ? `In this role you will ${lowerFirst(summary)}` : "";
}

/** The salary line: the role's own band in its currency; a reference range only when it is in the same currency. */
function salaryLine(input: JdInput): string {
  if (!input.salary) return "- Salary: to be agreed";
  const range = `${money(input.salary.min, input.salary.currency)} – ${money(input.salary.max, input.salary.currency)}`;
  return `- Salary: ${range}${input.salary.source === "template" ? " (reference range for this kind of role)" : ""}`;
}

export function generateJobDescription(input: JdInput): string {
  const required = input.domains.filter((d) => d.target > 0).sort((a, b) => b.target - a.target);
  const org = input.organisation;
  const meta = [
    input.location,
    input.remote ? `Remote-friendliness: ${input.remote}` : "",
    input.seniority,
    input.clusterName,
  ]
    .filter((s) => s && s.trim())
    .join(" · ");
  const lines: string[] = [`# ${input.title}`, "", ...(meta ? [meta, ""] : [])];
  if (org?.profile.trim())
    lines.push(`## About ${org.name.trim() || "us"}`, "", ...paragraphs(org.profile).flatMap((p) => [p, ""]));

  lines.push("## About the role", "");
  const intro = roleIntro(input);
  if (intro) lines.push(intro, "");
  lines.push(
    required.length
      ? caseNames(
          `This role asks for ${required.map((d) => `${levelLabel(input, d.target)} in ${d.name.toLowerCase()}`).join(", ")}.`,
        )
      : "The target levels for this role are not set yet, so the sections below are empty.",
    "",
    // How the team works, in communal words: the matrix's cells are full of words the gender-coded
    // lists count as masculine ("analysis", "lead", "autonomous"), and a balanced ad reads as open to all.
    "We support each other, and you will collaborate with the teams who depend on your work.",
    "",
  );

  // Each indicator is used once: tasks under "What you will do", knowledge under "What you bring".
  const worded = required.map((d) => ({ d, items: (d.indicators[d.target] ?? []).map(reword) }));
  lines.push("## What you will do", "");
  for (const { d, items } of worded) {
    const tasks = items.filter((i) => i.kind === "task");
    if (!tasks.length) continue;
    // The level in the heading too, so a reader (and the analyser) knows what the bullets under it ask.
    lines.push(
      `### ${caseNames(d.name)} (Level ${d.target}${input.levelNames[d.target] ? `: ${input.levelNames[d.target]}` : ""})`,
      "",
      ...tasks.map((t) => `- ${t.task}`),
      "",
    );
  }

  lines.push("## What you bring", "");
  for (const { d, items } of worded) {
    const level = d.target as Level;
    const summary = isBuiltIn(d.key)
      ? BRING[d.key][level]
      : `Experience in ${caseNames(d.name.toLowerCase())} at the ${input.levelNames[level] ?? `Level ${level}`} level.`;
    lines.push(
      `### ${caseNames(d.name)}: ${levelLabel(input, d.target)}`,
      "",
      `- ${summary}`,
      ...items.filter((i) => i.kind === "knowledge").map((i) => `- ${i.bring}`),
      "",
    );
  }

  const nice = required.filter((d) => d.target < 3 && (d.indicators[d.target + 1] ?? []).length > 0);
  if (nice.length) {
    lines.push("## Nice to have", "");
    for (const d of nice)
      for (const t of (d.indicators[d.target + 1] ?? []).slice(0, NICE_TO_HAVE_PER_DOMAIN))
        lines.push(`- ${caseNames(d.name)} (Level ${d.target + 1}): experience ${reword(t).experience}.`);
    lines.push("");
  }

  if (org?.benefits.trim()) lines.push("## What we offer", "", ...bullets(org.benefits).map((b) => `- ${b}`), "");
  lines.push(
    "## Salary and location",
    "",
    salaryLine(input),
    `- Location: ${input.location?.trim() || "to be agreed"}`,
    "",
  );
  if (org?.equalOpportunity.trim())
    lines.push("## Equal opportunity", "", ...paragraphs(org.equalOpportunity).flatMap((p) => [p, ""]));
  return `${lines.join("\n").trim()}\n`;
}

/** The text and what it was generated from, recorded together at generation time. */
export function generateWithOrigin(input: JdInput): GeneratedJd {
  const text = generateJobDescription(input);
  return {
    text,
    generatedFrom: { targets: input.domains.map((d) => ({ domainId: d.domainId, target: d.target })), text },
  };
}

/** Markdown to plain text for pasting into job boards that don't render Markdown. */
export function markdownToText(md: string): string {
  return md
    .split("\n")
    .map((l) =>
      l
        .replace(/^#{1,6}\s+/, "")
        .replace(/^-\s+/, "• ")
        .replace(/\*\*(.+?)\*\*/g, "$1"),
    )
    .join("\n");
}

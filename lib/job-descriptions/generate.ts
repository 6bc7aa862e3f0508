// Level-true job descriptions generated from the matrix: what the role does and asks for
// comes from the indicators at each domain's target level, "nice to have" from the level
// above. Pure functions: the page and the tests pass the data in.
import type { z } from "zod";
import type { generatedFromSchema } from "../validation/jd";

export type JdDomain = { domainId: string; name: string; target: number; indicators: Record<number, string[]> };
export type JdInput = {
  title: string;
  seniority: string;
  clusterName: string;
  clusterSummary: string;
  levelNames: Record<number, string>;
  domains: JdDomain[];
  salary: { min: number; max: number; currency: string; source: "role" | "template" } | null;
  remote: string | null;
  location: string | null;
};

/**
 * What a generated text was generated from, recorded when it is generated and kept through the
 * save: the targets (to tell "targets changed since") and the untouched text (to tell hand edits).
 */
export type GeneratedFrom = z.infer<typeof generatedFromSchema>;
type GeneratedJd = { text: string; generatedFrom: GeneratedFrom };

/** Nice-to-haves per domain, from the level above the target: enough to mean something, not the whole cell. */
const NICE_TO_HAVE_PER_DOMAIN = 3;

const money = (n: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(n);
const levelLabel = (input: JdInput, level: number) => `Level ${level}${input.levelNames[level] ? ` (${input.levelNames[level]})` : ""}`;

export function generateJobDescription(input: JdInput): string {
  const required = input.domains.filter((d) => d.target > 0).sort((a, b) => b.target - a.target);
  const meta = [input.seniority, input.clusterName, input.location].filter((s) => s && s.trim()).join(" · ");
  const lines: string[] = [`# ${input.title}`, "", ...(meta ? [meta, ""] : []), "## About the role", ""];
  if (input.clusterSummary.trim()) lines.push(input.clusterSummary, "");
  lines.push(
    required.length
      ? `This role asks for ${required.map((d) => `${levelLabel(input, d.target)} in ${d.name.toLowerCase()}`).join(", ")}.`
      : "The target levels for this role are not set yet, so the sections below are empty.",
    "",
  );

  // Responsibilities: the target level's indicators, as the work itself.
  lines.push("## What you will do", "");
  // The level in the heading too, so a reader (and the analyser) knows what the bullets under it ask.
  for (const d of required) lines.push(`### ${d.name} (${levelLabel(input, d.target)})`, "", ...(d.indicators[d.target] ?? []).map((t) => `- ${t}`), "");

  // Requirements: the same level's indicators, as what a candidate can already show, domain by domain.
  // No intro sentence: prose under this heading would read as a requirement line of its own.
  lines.push("## What we are looking for", "");
  for (const d of required) {
    const indicators = d.indicators[d.target] ?? [];
    lines.push(`### ${d.name}: ${levelLabel(input, d.target)}`, "");
    lines.push(...(indicators.length ? indicators.map((t) => `- ${t}`) : [`- ${levelLabel(input, d.target)} in ${d.name.toLowerCase()}.`]), "");
  }

  const nice = required.filter((d) => d.target < 3 && (d.indicators[d.target + 1] ?? []).length > 0);
  if (nice.length) {
    lines.push("## Nice to have", "");
    for (const d of nice) for (const t of (d.indicators[d.target + 1] ?? []).slice(0, NICE_TO_HAVE_PER_DOMAIN)) lines.push(`- ${d.name} (Level ${d.target + 1}): ${t}`);
    lines.push("");
  }

  lines.push("## Compensation and location", "");
  lines.push(
    input.salary
      ? `- Salary: ${money(input.salary.min, input.salary.currency)} – ${money(input.salary.max, input.salary.currency)}${input.salary.source === "template" ? " (reference range for this kind of role)" : ""}`
      : "- Salary: to be agreed",
  );
  if (input.remote?.trim()) lines.push(`- Remote-friendliness: ${input.remote.trim()}`);
  lines.push(`- Location: ${input.location?.trim() || "to be agreed"}`);
  return `${lines.join("\n").trim()}\n`;
}

/** The text and what it was generated from, recorded together at generation time. */
export function generateWithOrigin(input: JdInput): GeneratedJd {
  const text = generateJobDescription(input);
  return { text, generatedFrom: { targets: input.domains.map((d) => ({ domainId: d.domainId, target: d.target })), text } };
}

/** Markdown to plain text for pasting into job boards that don't render Markdown. */
export function markdownToText(md: string): string {
  return md
    .split("\n")
    .map((l) => l.replace(/^#{1,6}\s+/, "").replace(/^-\s+/, "• ").replace(/\*\*(.+?)\*\*/g, "$1"))
    .join("\n");
}

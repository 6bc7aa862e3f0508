// Level-true job descriptions generated from the matrix: what the role does and asks for
// comes from the indicators at each domain's target level, "nice to have" from the level
// above. Pure functions: the page and the tests pass the data in.

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

const money = (n: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(n);

export function generateJobDescription(input: JdInput): string {
  const required = input.domains.filter((d) => d.target > 0).sort((a, b) => b.target - a.target);
  const lines: string[] = [`# ${input.title}`, "", `${input.seniority} · ${input.clusterName}${input.location ? ` · ${input.location}` : ""}`, "", "## About the role", "", input.clusterSummary, ""];
  lines.push(
    `This role asks for ${required.map((d) => `Level ${d.target} (${input.levelNames[d.target]}) in ${d.name.toLowerCase()}`).join(", ")}.`,
    "",
    "## What you will do",
    "",
  );
  for (const d of required) {
    lines.push(`### ${d.name}`, "", ...(d.indicators[d.target] ?? []).map((t) => `- ${t}`), "");
  }
  lines.push("## What we are looking for", "");
  for (const d of required) {
    const below = d.target > 1 ? ` and everything expected at Level ${d.target - 1}` : "";
    lines.push(`- ${d.name}: ${input.levelNames[d.target]} (Level ${d.target})${below}.`);
  }
  const nice = required.filter((d) => d.target < 3 && (d.indicators[d.target + 1] ?? []).length > 0);
  if (nice.length) {
    lines.push("", "## Nice to have", "");
    for (const d of nice) lines.push(`- ${d.name}: ${(d.indicators[d.target + 1] ?? [])[0]}`);
  }
  lines.push("", "## Compensation and location", "");
  if (input.salary) lines.push(`- Salary: ${money(input.salary.min, input.salary.currency)} – ${money(input.salary.max, input.salary.currency)}${input.salary.source === "template" ? " (reference range for this kind of role)" : ""}`);
  if (input.remote) lines.push(`- Remote-friendliness: ${input.remote}`);
  if (input.location) lines.push(`- Location: ${input.location}`);
  return `${lines.join("\n").trim()}\n`;
}

/** Markdown to plain text for pasting into job boards that don't render Markdown. */
export function markdownToText(md: string): string {
  return md
    .split("\n")
    .map((l) => l.replace(/^#{1,6}\s+/, "").replace(/^-\s+/, "• ").replace(/\*\*(.+?)\*\*/g, "$1"))
    .join("\n");
}

export type LineChange = { kind: "added" | "removed"; text: string };

/** Lines added and removed between two versions (order-insensitive; good enough to review a regeneration). */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split("\n").filter((l) => l.trim());
  const b = after.split("\n").filter((l) => l.trim());
  const setA = new Set(a);
  const setB = new Set(b);
  return [...a.filter((l) => !setB.has(l)).map((text) => ({ kind: "removed" as const, text })), ...b.filter((l) => !setA.has(l)).map((text) => ({ kind: "added" as const, text }))];
}

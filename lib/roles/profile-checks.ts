// Flags a role profile that contradicts itself, so a manager notices before interviewing.

export type Emphasis = "CORE" | "SUPPORTING" | "PERIPHERAL";
export type ProfileDomain = { domainId: string; name: string; level: number; emphasis: Emphasis };
export type ProfileFlag = { code: string; severity: "warning" | "info"; message: string };

const SENIOR = /\b(senior|sr\.?|staff|principal|lead|architect|head)\b/i;
const JUNIOR = /\b(junior|jr\.?|graduate|intern|entry|associate)\b/i;

export function profileFlags(input: { title: string; seniority: string; domains: ProfileDomain[] }): ProfileFlag[] {
  const flags: ProfileFlag[] = [];
  const label = `${input.title} ${input.seniority}`;
  const required = input.domains.filter((d) => d.level > 0);
  const max = Math.max(0, ...input.domains.map((d) => d.level));
  if (required.length === 0) {
    flags.push({
      code: "no-targets",
      severity: "warning",
      message: "No domain has a target level: interviews would have nothing to measure.",
    });
  }
  if (SENIOR.test(label) && required.length > 0 && max <= 1) {
    flags.push({
      code: "senior-all-foundational",
      severity: "warning",
      message:
        "The title says senior, but every target is Level 1 (Foundational). Senior roles usually need Level 2 or 3 somewhere.",
    });
  }
  if (JUNIOR.test(label) && input.domains.some((d) => d.level === 3)) {
    flags.push({
      code: "junior-architect",
      severity: "warning",
      message: "The title says junior, but a domain asks for Level 3 (Strategic architect).",
    });
  }
  for (const d of input.domains) {
    if (d.level === 3 && d.emphasis === "PERIPHERAL") {
      flags.push({
        code: "l3-peripheral",
        severity: "warning",
        message: `Level 3 in ${d.name}, a domain this cluster barely uses: is this the right cluster, or is the target inflated?`,
      });
    }
    if (d.emphasis === "CORE" && d.level === 0) {
      flags.push({
        code: "core-unassessed",
        severity: "info",
        message: `${d.name} is core to this cluster but has no target.`,
      });
    }
  }
  if (input.domains.length > 0 && input.domains.every((d) => d.level === 3)) {
    flags.push({
      code: "all-level-3",
      severity: "warning",
      message:
        "Every domain at Level 3: very few candidates exist; consider which domains truly need architectural leadership.",
    });
  }
  return flags;
}

/** What a candidate at `from` is missing to reach `to` in one domain: indicators of the levels above. */
export function levelDelta<T extends { level: number; indicators: string[] }>(
  cells: T[],
  from: number,
  to: number,
): { level: number; indicators: string[] }[] {
  return cells
    .filter((c) => c.level > from && c.level <= to)
    .sort((a, b) => a.level - b.level)
    .map((c) => ({ level: c.level, indicators: c.indicators }));
}

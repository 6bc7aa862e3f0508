// The app's own generated job descriptions, analysed against the targets they were generated
// from, must read as aligned: every seeded role template, no inflation or deflation flags.
import { describe, expect, it } from "vitest";
import { analyseJobDescription } from "../../../lib/jd/analyse";
import { exclusionWarnings } from "../../../lib/jd/exclusion";
import { inclusiveLanguageWarnings } from "../../../lib/jd/inclusive";
import { DEMO_JOB_AD_TEXTS } from "../../../prisma/seed/content/job-ad-texts";
import { generateJobDescription, type JdInput } from "../../../lib/job-descriptions/generate";
import { cells, clusters, domains, levels } from "../../../prisma/seed/content/matrix";
import { roleTemplates, type RoleTemplate } from "../../../prisma/seed/content/role-templates";
import { DEMO_ROLES } from "../../../prisma/seed/seed-demo";

type RoleShape = Pick<JdInput, "title" | "seniority" | "salary" | "location" | "remote"> & {
  clusterKey: RoleTemplate["clusterKey"];
  targets: RoleTemplate["targets"];
};

/** What the role's job-description page gives the generator: the role, its cluster's cells, the demo's texts. */
function jdInput(r: RoleShape): JdInput {
  const cluster = clusters.find((c) => c.key === r.clusterKey)!;
  return {
    ...r,
    clusterName: cluster.name,
    clusterSummary: cluster.summary,
    levelNames: Object.fromEntries(levels.map((l) => [l.rank, l.name])),
    domains: domains.map((d) => ({
      domainId: d.key,
      key: d.key,
      name: d.name,
      target: r.targets[d.key],
      indicators: cells[r.clusterKey][d.key],
    })),
    organisation: {
      name: "Acme Reliability",
      profile: DEMO_JOB_AD_TEXTS.jobAdProfile,
      benefits: DEMO_JOB_AD_TEXTS.jobAdBenefits,
      equalOpportunity: DEMO_JOB_AD_TEXTS.jobAdEqualOpportunity,
    },
  };
}

const templateInput = (t: RoleTemplate): JdInput =>
  jdInput({
    title: t.title,
    seniority: t.seniority,
    clusterKey: t.clusterKey,
    targets: t.targets,
    salary: { min: t.salaryMin, max: t.salaryMax, currency: t.currency, source: "template" },
    remote: t.remoteFriendliness,
    location: "Remote (EU)",
  });

describe("generated job descriptions read as aligned to their own targets", () => {
  it.each(roleTemplates.map((t) => [t.title, t] as const))("%s", (_title, t) => {
    const a = analyseJobDescription(generateJobDescription(templateInput(t)), { title: t.title, targets: t.targets });
    const flagged = a.lines.flatMap((l) =>
      l.flags
        .filter((f) => f.kind === "inflation" || f.kind === "deflation")
        .map((f) => `${f.kind}: ${l.text} → ${f.message}`),
    );
    expect(flagged).toEqual([]);
    expect(a.missingDomains).toEqual([]);
    expect(a.titleFlag).toBeNull();
    expect(a.score).toBe(100);
  });
});

describe("generated job descriptions are postable: no inclusive-language or exclusion warning", () => {
  it.each(roleTemplates.map((t) => [t.title, t] as const))("%s", async (_title, t) => {
    const text = generateJobDescription(templateInput(t));
    expect(exclusionWarnings(text, t.targets)).toEqual([]);
    expect(await inclusiveLanguageWarnings(text)).toEqual([]);
  });
});

// The demo organisation's roles have targets no template has (the DevSecOps role asks security at
// Level 3 with observability at 1), so their ads use other cells of the matrix.
const demoRoleInput = (r: (typeof DEMO_ROLES)[number]): JdInput =>
  jdInput({
    title: r.title,
    seniority: r.seniority,
    clusterKey: r.cluster,
    targets: r.targets,
    salary: { min: r.salary[0], max: r.salary[1], currency: "USD", source: "role" },
    remote: roleTemplates[0]!.remoteFriendliness,
    location: r.location,
  });

describe("the demo roles' generated ads read as aligned and are postable", () => {
  it.each(DEMO_ROLES.map((r) => [r.title, r] as const))("%s", async (_title, r) => {
    const text = generateJobDescription(demoRoleInput(r));
    const a = analyseJobDescription(text, { title: r.title, targets: r.targets });
    expect(a.lines.flatMap((l) => l.flags.filter((f) => f.kind === "inflation" || f.kind === "deflation"))).toEqual([]);
    expect(a.missingDomains).toEqual([]);
    expect(a.score).toBe(100);
    expect(exclusionWarnings(text, r.targets)).toEqual([]);
    expect(await inclusiveLanguageWarnings(text)).toEqual([]);
  });
});

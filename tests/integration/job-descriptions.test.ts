import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { jdChanges } from "../../lib/job-descriptions/diff";
import { jobDescriptionData, saveJobDescription } from "../../lib/job-descriptions/service";
import { userByEmail } from "./helpers";
import { MOSTLY_LEVEL_3 } from "../unit/jd/clear-cut-lines";

describe("job descriptions", () => {
  it("generates from the role's targets and the matrix, saves for recruiters, refuses interviewers", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    const recruiter = await userByEmail("recruiter@example.com");
    const data = await jobDescriptionData(recruiter, role.id);
    expect(data?.generated).toContain("# Senior AI Operations Engineer");
    expect(data?.generated).toContain("Level 3 (Strategic AIOps Architect) in observability & telemetry");
    expect(data?.generated).toContain("Salary: $150,000 – $185,000");
    expect(await jobDescriptionData(await userByEmail("interviewer@example.com"), role.id)).toBeNull();
    expect(
      await saveJobDescription(await userByEmail("interviewer@example.com"), role.id, { content: data!.generated }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await saveJobDescription(recruiter, role.id, { content: "short" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect((await saveJobDescription(recruiter, role.id, { content: data!.generated })).ok).toBe(true);
    expect((await jobDescriptionData(recruiter, role.id))?.saved?.content).toBe(data!.generated.trim());
  });
});

describe("two people editing one job description", () => {
  it("reports a save made in between instead of overwriting it, and replaces it only when saved again", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "MLOps Engineer, Anomaly Detection" } });
    const recruiter = await userByEmail("recruiter@example.com");
    const owner = await userByEmail("dana@example.com");
    const start = (await jobDescriptionData(recruiter, role.id))!;
    const basedOn = start.saved?.updatedAt ?? null;
    const theirs = `${start.generated}\n\nThe owner's edit: on-call is one week in six.`;
    const mine = `${start.generated}\n\nThe recruiter's edit: hybrid, two office days.`;
    const first = await saveJobDescription(owner, role.id, { content: theirs, basedOn });
    expect(first).toMatchObject({ ok: true, savedAt: expect.any(String) });
    const second = await saveJobDescription(recruiter, role.id, { content: mine, basedOn });
    expect(second).toMatchObject({ ok: false, kind: "conflict", savedAt: (first as { savedAt: string }).savedAt });
    expect((await jobDescriptionData(recruiter, role.id))?.saved?.content).toBe(theirs.trim());
    // Saving again, now based on theirs, is a deliberate replacement.
    expect(
      await saveJobDescription(recruiter, role.id, { content: mine, basedOn: (second as { savedAt: string }).savedAt }),
    ).toMatchObject({ ok: true });
    expect((await jobDescriptionData(recruiter, role.id))?.saved?.content).toBe(mine.trim());
  });
});

describe("job description changes", () => {
  it("keeps what the text was generated from through saves, and tells a targets change from a hand edit", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { title: "MLOps Engineer, Anomaly Detection" },
      include: { targets: { where: { level: { gt: 0, lt: 3 } } } },
    });
    const recruiter = await userByEmail("recruiter@example.com");
    const first = (await jobDescriptionData(recruiter, role.id))!;
    expect(
      (await saveJobDescription(recruiter, role.id, { content: first.generated, generatedFrom: first.generatedFrom }))
        .ok,
    ).toBe(true);
    // A hand edit of the saved text: the client omits generatedFrom, so the recorded origin stays.
    const edited = `${first.generated.trim()}\n- Visa sponsorship available.`;
    expect((await saveJobDescription(recruiter, role.id, { content: edited })).ok).toBe(true);
    let data = (await jobDescriptionData(recruiter, role.id))!;
    let changes = jdChanges(data.saved!, { targets: data.targets, generated: data.generated });
    expect(changes.targetChanges).toEqual([]);
    expect(changes.regeneration).toEqual([]);
    expect(changes.handEdits).toEqual([{ kind: "added", text: "- Visa sponsorship available." }]);

    // Raise a target after the text was generated and saved: reported as a targets change.
    const target = role.targets[0]!;
    await db.roleTarget.update({
      where: { roleId_domainId: { roleId: role.id, domainId: target.domainId } },
      data: { level: target.level + 1 },
    });
    data = (await jobDescriptionData(recruiter, role.id))!;
    changes = jdChanges(data.saved!, { targets: data.targets, generated: data.generated });
    expect(changes.targetChanges).toEqual([
      expect.stringMatching(new RegExp(`Level ${target.level} → Level ${target.level + 1}$`)),
    ]);
    expect(changes.regeneration.length).toBeGreaterThan(0);
    expect(changes.handEdits).toEqual([{ kind: "added", text: "- Visa sponsorship available." }]);
    // Saving later, without regenerating, must not pretend the text now matches the new targets.
    expect((await saveJobDescription(recruiter, role.id, { content: edited })).ok).toBe(true);
    data = (await jobDescriptionData(recruiter, role.id))!;
    expect(jdChanges(data.saved!, { targets: data.targets, generated: data.generated }).targetChanges).toHaveLength(1);
    expect(
      await saveJobDescription(recruiter, role.id, {
        content: edited,
        generatedFrom: { targets: [{ domainId: "x", target: 9 }], text: "" },
      }),
    ).toMatchObject({ ok: false, kind: "invalid" });
  });
});

describe("job description analysis", () => {
  it("maps lines to domain and level, flags inflation against the role, and warns on non-inclusive wording", async () => {
    const { analyseForRole } = await import("../../lib/job-descriptions/analyse-service");
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const res = await analyseForRole(await userByEmail("recruiter@example.com"), role.id, {
      text: "Requirements:\n- Define the enterprise telemetry strategy for the whole company\n- He will report to the chairman and must be a rockstar\n- Build Terraform modules and CI/CD pipelines for model serving",
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.analysis.lines[0]).toMatchObject({ domain: "observability", level: 3 });
    expect(res.analysis.lines[0]!.flags.map((f) => f.kind)).toContain("inflation");
    expect(res.analysis.lines[2]!.domain).toBe("automation");
    expect(res.english).toBe(true); // a short list: too few words to doubt it
    expect(res.inclusive.available && res.inclusive.warnings.length).toBeGreaterThan(0);
    // A German ad: its silence is explained, not shown as "no warnings" alone.
    const german = await analyseForRole(await userByEmail("recruiter@example.com"), role.id, {
      text: "Wir suchen eine erfahrene Plattform-Ingenieurin für unser Team. Du baust unsere Observability-Plattform aus, entwickelst Alarmierung, die die richtigen Menschen weckt, und moderierst Postmortems ohne Schuldzuweisung. Du hast Kubernetes im Produktivbetrieb betrieben und Terraform-Module geschrieben, die andere Teams nutzen. Muttersprachler Deutsch. Junges, dynamisches Team.",
    });
    expect(german).toMatchObject({ ok: true, english: false });
    // The job-ad checks: a pronoun for the candidate and a hero word, each with why and what to write instead.
    expect(res.exclusion).toEqual([
      expect.objectContaining({ line: 3, ruleId: "gendered-pronoun", suggestion: expect.stringContaining('"you"') }),
      expect.objectContaining({ line: 3, ruleId: "hero-words", suggestion: expect.stringContaining("Name the work") }),
    ]);
    expect(
      await analyseForRole(await userByEmail("interviewer@example.com"), role.id, { text: "x".repeat(40) }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await analyseForRole(await userByEmail("recruiter@example.com"), role.id, { text: "" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
  });

  it("names targeted domains the analyser cannot check (added by the organisation) instead of dropping them", async () => {
    const { analyseForRole } = await import("../../lib/job-descriptions/analyse-service");
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const domain = await db.competencyDomain.create({ data: { key: "incident-response" } });
    await db.matrixVersionDomain.create({
      data: {
        versionId: role.matrixVersionId,
        domainId: domain.id,
        position: 9,
        name: "Incident response",
        shortName: "Incidents",
        description: "Runs and improves incident response.",
      },
    });
    await db.roleTarget.create({ data: { roleId: role.id, domainId: domain.id, level: 2 } });
    const res = await analyseForRole(await userByEmail("recruiter@example.com"), role.id, {
      text: "Requirements:\n- Build Terraform modules and CI/CD pipelines for model serving",
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.unchecked).toEqual([{ name: "Incident response", target: 2, learned: false }]);

    // With indicators in the matrix, the domain gets a vocabulary learned from them and its lines are checked.
    const cell = await db.matrixCell.create({
      data: { versionId: role.matrixVersionId, clusterId: role.clusterId, domainId: domain.id, level: 2 },
    });
    const texts = [
      "Runs incident command during major outages and keeps the incident timeline.",
      "Writes blameless postmortems with contributing factors.",
      "Sets severity definitions and paging policy for incident command.",
    ];
    await db.indicator.createMany({ data: texts.map((text, position) => ({ cellId: cell.id, text, position })) });
    const checked = await analyseForRole(await userByEmail("recruiter@example.com"), role.id, {
      text: "Requirements:\n- Lead incident command during major outages and keep the timeline.\n- Build Terraform modules and CI/CD pipelines",
    });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.unchecked).toEqual([{ name: "Incident response", target: 2, learned: true }]);
    expect(checked.analysis.lines[0]).toMatchObject({ extraDomain: domain.id });
    expect(checked.analysis.extraDomains).toEqual([{ key: domain.id, name: "Incident response", target: 2 }]);
    await db.matrixCell.delete({ where: { id: cell.id } });
    await db.roleTarget.delete({ where: { roleId_domainId: { roleId: role.id, domainId: domain.id } } });
    await db.matrixVersionDomain.delete({
      where: { versionId_domainId: { versionId: role.matrixVersionId, domainId: domain.id } },
    });
  });

  it("says the inclusive-language check is unavailable when it fails, instead of reporting no warnings", async () => {
    const { analyseForRole, INCLUSIVE_UNAVAILABLE } = await import("../../lib/job-descriptions/analyse-service");
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const broken = () => Promise.reject(new Error("retext-equality failed to load"));
    const res = await analyseForRole(
      await userByEmail("recruiter@example.com"),
      role.id,
      { text: "Requirements:\n- Build Terraform modules and CI/CD pipelines" },
      { inclusive: broken },
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.inclusive).toEqual({ available: false, message: INCLUSIVE_UNAVAILABLE });
    expect(res.analysis.lines[0]!.domain).toBe("automation"); // the rest still answers
  });

  it("checks the pasted text's own title: a Junior ad asking mostly Level 3 is flagged against any role", async () => {
    const { analyseForRole } = await import("../../lib/job-descriptions/analyse-service");
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const res = await analyseForRole(
      await userByEmail("recruiter@example.com"),
      role.id,
      {
        text: ["# Junior SRE", "", "## Requirements", ...MOSTLY_LEVEL_3.map((l) => `- ${l}`)].join("\n"),
      },
      { inclusive: async () => [] },
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.analysis.title).toEqual({ text: "Junior SRE", fromText: true });
    expect(res.analysis.titleFlag).toMatch(
      /^Title says "Junior" but 3 of 4 lines ask Level 3 \(in observability & telemetry/,
    );
  });
});

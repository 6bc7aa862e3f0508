import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../../lib/audit";
import { auditDetailsText, auditSentence, idsInData, NAMED_LIST_MAX, type AuditNames } from "../../lib/audit-text";

const names: AuditNames = {
  entities: new Map([
    [
      "Scorecard:s1",
      { label: "the Technical screen scorecard for Amara Okafor", candidate: "Amara Okafor", role: "SRE" },
    ],
    ["Application:a1", { label: "Amara Okafor (SRE)", candidate: "Amara Okafor", role: "SRE" }],
    ["Role:r1", { label: "Senior SRE" }],
  ]),
  ids: new Map([
    ["u1", "Sam Rivera"],
    ["u2", "Dana Lee"],
    ["d1", "Observability"],
  ]),
};

describe("audit events in words", () => {
  it("names the people and objects", () => {
    expect(
      auditSentence(
        { action: "scorecard.submitted", entityType: "Scorecard", entityId: "s1", actorName: "Sam Rivera" },
        names,
      ),
    ).toBe("Sam Rivera submitted the Technical screen scorecard for Amara Okafor.");
    expect(
      auditSentence(
        { action: "application.created", entityType: "Application", entityId: "a1", actorName: null },
        names,
      ),
    ).toBe("The system added Amara Okafor to SRE.");
  });
  it("says why a sign-in was refused, and nothing of the reason when the data is hidden", () => {
    const people: AuditNames = { entities: new Map([["User:u1", { label: "Sam Rivera" }]]), ids: new Map() };
    const failed = { action: "user.sign_in_failed", entityType: "User", entityId: "u1", actorName: null };
    expect(
      auditSentence({ ...failed, data: { reason: "wrong_password", address: "198.51.100.3", blocked: true } }, people),
    ).toBe("The system refused a sign-in as Sam Rivera: wrong password; further attempts are blocked for a while.");
    expect(auditSentence({ ...failed, data: { reason: "deactivated", blocked: false } }, people)).toBe(
      "The system refused a sign-in as Sam Rivera: the account is deactivated.",
    );
    expect(auditSentence(failed, people)).toBe("The system refused a sign-in as Sam Rivera.");
  });
  it("has a sentence for every action, and never prints an id for an object it cannot name", () => {
    for (const action of AUDIT_ACTIONS) {
      const s = auditSentence(
        { action, entityType: "Role", entityId: "cmx32fiol0", actorName: "Ann" },
        { entities: new Map(), ids: new Map() },
      );
      expect(s).toMatch(/^Ann [a-z]/);
      expect(s).not.toContain("cmx32fiol0");
      expect(s).not.toMatch(/\b[a-z]+[._][a-z_]+\b/); // no raw action names
    }
  });
  it("names the domains of a new order and the cluster of an emphasis, and words codes as the pages do", () => {
    const withCluster: AuditNames = {
      ...names,
      ids: new Map([...names.ids, ["c1", "SRE / Platform"], ["d2", "Security"]]),
    };
    expect(auditDetailsText({ order: ["d2", "d1"] }, withCluster).facts).toEqual([
      { field: "order", value: "Security, Observability" },
    ]);
    expect(auditDetailsText({ clusterId: "c1", domainId: "d1", emphasis: "PERIPHERAL" }, withCluster).facts).toEqual([
      { field: "cluster", value: "SRE / Platform" },
      { field: "domain", value: "Observability" },
      { field: "emphasis", value: "peripheral" },
    ]);
    expect(auditDetailsText({ to: "ALWAYS", from: "AFTER_SUBMIT" }, names).facts).toEqual([
      { field: "from", value: "after submitting their own" },
      { field: "to", value: "always" },
    ]);
    expect(auditDetailsText({ from: "RECRUITER", to: "INTERVIEWER" }, names).facts).toEqual([
      { field: "from", value: "recruiter" },
      { field: "to", value: "interviewer" },
    ]);
    expect(idsInData({ order: ["d2", "d1"], clusterId: "c1" })).toEqual(new Set(["d2", "d1", "c1"]));
  });

  it("turns before/after into field rows with names instead of ids", () => {
    const role = auditDetailsText(
      { before: { ownerId: "u1", title: "SRE" }, after: { ownerId: "u2", title: "Senior SRE" }, team: { added: [] } },
      names,
    );
    expect(role.changes).toEqual([
      { field: "owner", before: "Sam Rivera", after: "Dana Lee" },
      { field: "title", before: "SRE", after: "Senior SRE" },
    ]);
    // A team with nobody added or removed says nothing.
    expect(role.facts).toEqual([]);
    const added = auditDetailsText({ team: { added: [{ userId: "u1", function: "RECRUITER" }], removed: [] } }, names);
    expect(added.facts).toHaveLength(1);
    expect(added.facts[0]!.value).toContain("Sam Rivera");
    const plan = auditDetailsText(
      {
        stageCount: 1,
        before: [{ id: "st1", name: "Screen", durationMinutes: 45, domainIds: ["d1"] }],
        after: [{ id: "st1", name: "Screen", durationMinutes: 60, domainIds: ["d1"] }],
      },
      names,
    );
    expect(plan.changes).toEqual([{ field: "Screen: duration (minutes)", before: "45", after: "60" }]);
    // A pipeline move names its stages (they were raw ids).
    const stageNames: AuditNames = { ...names, ids: new Map([...names.ids, ["st1", "Screen"], ["st2", "Onsite"]]) };
    expect(
      auditDetailsText({ fromStage: "st1", toStage: "st2", fromStatus: "ACTIVE", toStatus: "ACTIVE" }, stageNames)
        .facts,
    ).toEqual([
      { field: "from stage", value: "Screen" },
      { field: "to stage", value: "Onsite" },
      { field: "from status", value: "in process" },
      { field: "to status", value: "in process" },
    ]);
    // Statuses and decisions in the pages' words, not the database's.
    expect(auditDetailsText({ fromStatus: "ACTIVE", toStatus: "REJECTED", decision: "NO_HIRE" }, names).facts).toEqual([
      { field: "from status", value: "in process" },
      { field: "to status", value: "rejected" },
      { field: "decision", value: "no hire" },
    ]);
    // An amendment: one row per domain whose rating changed, indicators by their text, the
    // recommendation in words (it was one before/after blob with ids and STRONG_YES).
    const amendNames: AuditNames = {
      ...names,
      ids: new Map([...names.ids, ["d2", "Security"], ["i1", "“Builds dashboards”"]]),
    };
    const card = (rating: number, recommendation: string) => ({
      recommendation,
      privateNote: "",
      scores: [
        { domainId: "d1", rating, evidence: "Walked through an outage", observedIndicatorIds: ["i1"] },
        { domainId: "d2", rating: 2, evidence: "Threat model", observedIndicatorIds: [] },
      ],
    });
    const amended = auditDetailsText(
      { reason: "Mixed up two candidates", before: card(2, "STRONG_YES"), after: card(1, "YES") },
      amendNames,
    );
    expect(amended.changes).toEqual([
      { field: "recommendation", before: "Strong yes", after: "Yes" },
      { field: "Observability: rating", before: "2", after: "1" },
    ]);
    expect(
      auditDetailsText({ before: card(2, "NO"), after: { ...card(2, "NO"), scores: [] } }, amendNames).changes,
    ).toEqual([
      {
        field: "Observability",
        before: "Observability (rating 2; evidence Walked through an outage; observed indicator “Builds dashboards”)",
        after: "removed",
      },
      expect.objectContaining({ field: "Security", after: "removed" }),
    ]);
    expect(idsInData({ before: [{ interviewerIds: ["u1"], domainIds: ["d1"] }], to: "u2" })).toEqual(
      new Set(["u1", "d1", "u2"]),
    );
  });
});

describe("every audit action reads as a sentence", () => {
  it("has its own phrase, never the raw action name", () => {
    const names: AuditNames = { entities: new Map(), ids: new Map() };
    for (const action of AUDIT_ACTIONS) {
      const sentence = auditSentence(
        { action, actorName: "Sam Rivera", entityType: "User", entityId: "x", data: null } as never,
        names,
      );
      expect(sentence, action).not.toMatch(/ did /);
      expect(sentence, action).toMatch(/^Sam Rivera [a-z]/);
    }
  });
});

describe("pipeline moves and times in the audit log", () => {
  const moved = (data?: unknown) =>
    auditSentence(
      { action: "application.moved", entityType: "Application", entityId: "a1", actorName: "Riley Chen", data },
      names,
    );
  it("says what a move did when the viewer may read its details", () => {
    expect(moved({ fromStatus: "ACTIVE", toStatus: "REJECTED" })).toBe("Riley Chen rejected Amara Okafor (SRE).");
    expect(moved({ fromStatus: "REJECTED", toStatus: "ACTIVE" })).toBe("Riley Chen reopened Amara Okafor (SRE).");
    expect(moved({ fromStatus: "ACTIVE", toStatus: "WITHDRAWN" })).toBe(
      "Riley Chen marked Amara Okafor (SRE) as withdrawn.",
    );
    expect(moved({ fromStatus: "ACTIVE", toStatus: "ACTIVE", fromStage: "st1", toStage: "st2" })).toBe(
      "Riley Chen moved Amara Okafor (SRE) in the pipeline.",
    );
    // Details hidden from the viewer: nothing of the outcome in the sentence either.
    expect(moved(undefined)).toBe("Riley Chen moved Amara Okafor (SRE) in the pipeline.");
  });

  it("names the stage a scheduling moved from and shows its time in the viewer's zone", () => {
    const withStage: AuditNames = { ...names, ids: new Map([...names.ids, ["st1", "Observability deep-dive"]]) };
    const { facts } = auditDetailsText(
      { stageId: "st1", movedFromStage: "st1", scheduledAt: "2026-12-04T13:00:00.000Z" },
      { ...withStage, timeZone: "Europe/Berlin" },
    );
    expect(facts).toContainEqual({ field: "moved from stage", value: "Observability deep-dive" });
    const at = facts.find((f) => f.field === "scheduled at")!.value;
    expect(at).not.toMatch(/T13:00/);
    expect(at).toMatch(/14:00/);
    expect(idsInData({ movedFromStage: "st1" })).toEqual(new Set(["st1"]));
    // A long list (a CSV import's thousands of candidates) is counted, not named: no lookups.
    const many = Array.from({ length: NAMED_LIST_MAX + 1 }, (_, i) => `c${i}`);
    expect(idsInData({ createdCandidateIds: many, applicationIds: ["a1"] })).toEqual(new Set(["a1"]));
    expect(auditDetailsText({ createdCandidateIds: many }, names).facts[0]!.value).toBe("31 in all");
  });
});

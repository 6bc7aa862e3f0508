// Sign-out names every kind of unsaved work on this device: scorecard copies the server did not
// take, and interview-plan and job-description edits that were never saved (listed with the role,
// never sent).
import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../setup/memory-storage";
import { describeKept } from "../../components/layout/kept-copies";
import { jdCopyKey, listJdCopies, parseJdCopy } from "../../components/job-descriptions/jd-copies";
import { listPlanCopies, olderPlanCopyKey, planCopyKey } from "../../components/roles/plan-copies";
import { parsePlanCopy } from "../../lib/roles/plan-draft";
import { decisionCopy, listDecisionCopies, parseDecisionCopy } from "../../components/candidates/decision-copies";

const planCopy = (title?: string) => ({
  stages: [
    {
      name: "Deep dive",
      kind: "TECHNICAL",
      durationMinutes: 60,
      domainIds: ["d1"],
      interviewerIds: ["u1"],
      questionIds: [],
    },
  ],
  baseVersion: 3,
  at: "2026-12-01T00:00:00.000Z",
  ...(title ? { title } : {}),
});

describe("plan copies at sign-out", () => {
  it("lists this user's readable plan copies with the role and its title, nobody else's", () => {
    const store = new MemoryStorage();
    store.setItem(planCopyKey("alice", "r1"), JSON.stringify(planCopy("Senior SRE")));
    store.setItem(planCopyKey("alice", "r2"), JSON.stringify(planCopy()));
    store.setItem(planCopyKey("alice", "r3"), "{not json");
    store.setItem(planCopyKey("bob", "r4"), JSON.stringify(planCopy("Bob's role")));
    store.setItem("aiops-scorecard:alice:i1", "{}");
    // A copy held back because it was made on an older plan is unsaved work too.
    store.setItem(olderPlanCopyKey("alice", "r5"), JSON.stringify(planCopy("Held back")));
    expect(listPlanCopies("alice", store)).toEqual([
      { key: "aiops-plan:alice:r1", roleId: "r1", title: "Senior SRE" },
      { key: "aiops-plan:alice:r2", roleId: "r2", title: null },
      { key: "aiops-plan-older:alice:r5", roleId: "r5", title: "Held back" },
    ]);
  });
  it("keeps the title with the copy, capped", () => {
    expect(parsePlanCopy(planCopy("x".repeat(500)))?.title).toHaveLength(200);
    expect(parsePlanCopy({ ...planCopy(), title: 7 })).not.toHaveProperty("title");
  });
  it("the dialog names scorecards and plans apart", () => {
    const plan = { key: "p", kind: "plan" as const, href: "/roles/r1/plan", label: "x" };
    const card = { key: "c", kind: "scorecard" as const, href: "/interviews/i1", label: "y" };
    expect(describeKept([plan])).toBe("One interview plan has edits that were never saved.");
    expect(describeKept([card, card, plan, plan])).toMatch(
      /^2 scorecards have changes .* 2 interview plans have edits that were never saved\.$/,
    );
    const ad = { key: "j", kind: "job description" as const, href: "/roles/r1/job-description", label: "z" };
    expect(describeKept([plan, ad])).toBe(
      "One interview plan has edits that were never saved. One job description has edits that were never saved.",
    );
    expect(describeKept([ad, ad])).toBe("2 job descriptions have edits that were never saved.");
  });
});

describe("job-description copies", () => {
  const jdCopy = (extra: Record<string, unknown> = {}) => ({
    text: "## About the role\nEdited by hand",
    basedOn: "2026-12-01T10:00:00.000Z",
    at: "2026-12-01T11:00:00.000Z",
    ...extra,
  });
  it("lists this user's readable copies with the role and its title, nobody else's, no other kind", () => {
    const store = new MemoryStorage();
    store.setItem(jdCopyKey("alice", "r1"), JSON.stringify(jdCopy({ title: "Senior SRE" })));
    store.setItem(jdCopyKey("alice", "r2"), JSON.stringify(jdCopy({ basedOn: null })));
    store.setItem(jdCopyKey("alice", "r3"), JSON.stringify({ text: 42, at: "x", basedOn: null }));
    store.setItem(jdCopyKey("bob", "r4"), JSON.stringify(jdCopy({ title: "Bob's role" })));
    store.setItem(planCopyKey("alice", "r5"), JSON.stringify(planCopy("A plan")));
    expect(listJdCopies("alice", store)).toEqual([
      { key: "aiops-jd:alice:r1", roleId: "r1", title: "Senior SRE" },
      { key: "aiops-jd:alice:r2", roleId: "r2", title: null },
    ]);
    expect(listPlanCopies("alice", store).map((p) => p.roleId)).toEqual(["r5"]);
  });
  it("reads back what the editor wrote, and refuses what it did not", () => {
    const origin = { targets: [{ domainId: "d1", target: 2 }], text: "generated" };
    expect(parseJdCopy(jdCopy({ origin }))).toEqual({ ...jdCopy(), origin });
    expect(parseJdCopy(jdCopy({ origin: "nonsense" }))).toEqual(jdCopy()); // origin dropped: the saved record stands
    expect(parseJdCopy(jdCopy({ basedOn: 5 }))).toBeNull();
    expect(parseJdCopy(jdCopy({ text: "x".repeat(200_001) }))).toBeNull();
    expect(parseJdCopy(null)).toBeNull();
    expect(parseJdCopy("text")).toBeNull();
  });
});

describe("decision copies", () => {
  it("lists this user's typed decisions with the candidate, nobody else's, no unreadable one", () => {
    const store = new MemoryStorage();
    const key = (user: string, app: string) => `aiops-decision:${user}:${app}`;
    store.setItem(
      key("alice", "a1"),
      JSON.stringify({ decision: "HOLD", rationale: "Waiting on references", candidate: "Ana" }),
    );
    store.setItem(key("alice", "a2"), JSON.stringify({ decision: null, rationale: "", candidate: "Bo" }));
    store.setItem(key("alice", "a3"), JSON.stringify({ decision: "MAYBE", rationale: "x", candidate: "Cy" }));
    store.setItem(key("alice", "a4"), JSON.stringify({ decision: "HIRE", rationale: 7, candidate: "Di" }));
    store.setItem(key("bob", "a5"), JSON.stringify({ decision: "HIRE", rationale: "Bob's", candidate: "Ed" }));
    expect(listDecisionCopies("alice", store)).toEqual([
      { key: key("alice", "a1"), applicationId: "a1", candidate: "Ana" },
      { key: key("alice", "a2"), applicationId: "a2", candidate: "Bo" },
    ]);
  });
  it("reads back what it wrote, and nothing once cleared", () => {
    const store = new MemoryStorage();
    expect(decisionCopy("alice", "a1", store).read()).toBeNull();
    expect(parseDecisionCopy({ rationale: "No decision chosen yet", candidate: "Ana" })).toEqual({
      decision: null,
      rationale: "No decision chosen yet",
      candidate: "Ana",
    });
    const kept = decisionCopy("alice", "a1", store);
    kept.write({ decision: "NO_HIRE", rationale: "Design round below target", candidate: "Ana" });
    expect(kept.read()).toEqual({ decision: "NO_HIRE", rationale: "Design round below target", candidate: "Ana" });
    expect(decisionCopy("bob", "a1", store).read()).toBeNull();
    kept.clear();
    expect(kept.read()).toBeNull();
  });
  it("the dialog names decisions typed and not recorded", () => {
    const decision = { key: "d", kind: "decision" as const, href: "/candidates/a1/debrief", label: "x" };
    expect(describeKept([decision])).toBe("One decision was typed and never recorded.");
    expect(describeKept([decision, decision])).toBe("2 decisions were typed and never recorded.");
  });
});

// This device's scorecard copies: per user and interview, and at sign-out only the copies the
// server has are deleted; the rest are kept for the user to decide.
import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../setup/memory-storage";
import {
  clearLocalCopy,
  listLocalCopies,
  localCopyKey,
  readLocalCopy,
  removeLocalCopies,
  settleLocalCopies,
  writeLocalCopy,
  type LocalCopy,
} from "../../components/scorecard/local-copies";

const copy = (evidence: string, baseVersion = 1): LocalCopy => ({
  values: {
    scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: [] }],
    recommendation: "",
    privateNote: "",
  },
  baseVersion,
  at: "2026-01-01T00:00:00.000Z",
});

describe("local scorecard copies", () => {
  it("are keyed by user and interview: one person's copy is never offered to another", () => {
    const store = new MemoryStorage();
    writeLocalCopy("alice", "i1", copy("Alice's evidence"), store);
    writeLocalCopy("bob", "i1", copy("Bob's evidence"), store);
    expect(readLocalCopy("alice", "i1", store)?.values.scores[0]?.evidence).toBe("Alice's evidence");
    expect(readLocalCopy("bob", "i1", store)?.values.scores[0]?.evidence).toBe("Bob's evidence");
    expect(readLocalCopy("carol", "i1", store)).toBeNull();
    clearLocalCopy("alice", "i1", store);
    expect(readLocalCopy("alice", "i1", store)).toBeNull();
    expect(readLocalCopy("bob", "i1", store)).not.toBeNull();
    expect(listLocalCopies("bob", store).map((c) => c.interviewId)).toEqual(["i1"]);
    expect(listLocalCopies("alice", store)).toEqual([]);
  });

  it("moves a copy written before per-user keys to this user's key, and ignores garbage", () => {
    const store = new MemoryStorage();
    store.setItem("aiops-scorecard:i9", JSON.stringify(copy("typed before the upgrade")));
    store.setItem("aiops-scorecard:alice:i8", "{not json");
    store.setItem("other-app:alice:i1", JSON.stringify(copy("not ours")));
    expect(readLocalCopy("alice", "i9", store)?.values.scores[0]?.evidence).toBe("typed before the upgrade");
    expect(store.keys()).toContain(localCopyKey("alice", "i9"));
    expect(store.keys()).not.toContain("aiops-scorecard:i9");
    expect(readLocalCopy("alice", "i8", store)).toBeNull();
    expect(
      listLocalCopies("alice", store)
        .map((c) => c.interviewId)
        .sort(),
    ).toEqual(["i8", "i9"]);
  });

  it("works (as nothing) where there is no storage", () => {
    expect(readLocalCopy("alice", "i1", null)).toBeNull();
    expect(listLocalCopies("alice", null)).toEqual([]);
    expect(() => writeLocalCopy("alice", "i1", copy("x"), null)).not.toThrow();
  });
});

describe("settling copies at sign-out", () => {
  it("deletes the copies the server took, keeps the ones it refused, could not be reached for, or did not answer in time", async () => {
    const store = new MemoryStorage();
    writeLocalCopy("alice", "saved", copy("will save", 3), store);
    writeLocalCopy("alice", "conflict", copy("changed elsewhere", 1), store);
    writeLocalCopy("alice", "offline", copy("no network"), store);
    writeLocalCopy("alice", "slow", copy("hangs"), store);
    writeLocalCopy("bob", "saved", copy("Bob's, not touched"), store);
    store.setItem(localCopyKey("alice", "broken"), "{");
    const sent: { interviewId: string; expectedVersion: number; evidence: string }[] = [];
    const save = async (input: { interviewId: string; expectedVersion: number; values: LocalCopy["values"] }) => {
      sent.push({
        interviewId: input.interviewId,
        expectedVersion: input.expectedVersion,
        evidence: input.values.scores[0]!.evidence,
      });
      if (input.interviewId === "offline") throw new TypeError("Failed to fetch");
      if (input.interviewId === "slow") return new Promise<{ ok: boolean }>(() => {});
      return { ok: input.interviewId === "saved" };
    };
    const kept = await settleLocalCopies("alice", save, store, 50);
    expect(kept.map((k) => k.interviewId).sort()).toEqual(["conflict", "offline", "slow"]);
    // Offered with the version each copy was based on, so the server's compare-and-set protects newer work.
    expect(sent.find((s) => s.interviewId === "saved")).toEqual({
      interviewId: "saved",
      expectedVersion: 3,
      evidence: "will save",
    });
    expect(sent.some((s) => s.evidence.startsWith("Bob"))).toBe(false);
    expect(store.keys()).toEqual(
      [
        localCopyKey("alice", "conflict"),
        localCopyKey("alice", "offline"),
        localCopyKey("alice", "slow"),
        localCopyKey("bob", "saved"),
      ].sort(),
    );
    // "Delete them and sign out": exactly the kept ones go, Bob's stays.
    removeLocalCopies(
      kept.map((k) => k.key),
      store,
    );
    expect(store.keys()).toEqual([localCopyKey("bob", "saved")]);
  });
});

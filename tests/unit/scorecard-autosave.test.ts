// The scorecard autosave: the pure state machine (step) event by event, then the driver
// (createAutosave) under fake timers: debounce, backoff, retry on return, conflicts, the queued
// save after the one in flight, and the device copy it keeps until the server has the values.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosave } from "../../components/scorecard/autosave-driver";
import {
  backoffMs,
  DEBOUNCE_MS,
  initialAutosaveState,
  LEAVING_MS,
  step,
  type AutosaveState,
  type SaveReply,
} from "../../components/scorecard/autosave-machine";
import type { ServerCopy } from "../../lib/scorecards/service";
import { EVIDENCE_MAX } from "../../lib/validation/scorecard-rules";
import type { ScorecardValues } from "../../lib/validation/scorecard";

const values = (evidence: string): ScorecardValues => ({
  scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: [] }],
  recommendation: "YES",
  privateNote: "",
});
const server = (version: number, evidence = "from elsewhere"): ServerCopy => ({
  values: values(evidence),
  version,
  updatedAt: "2026-11-30T10:00:00.000Z",
  status: "DRAFT",
});
const ok = (version: number, extra: Partial<Extract<SaveReply, { ok: true }>> = {}): SaveReply => ({
  ok: true,
  version,
  savedAt: "2026-11-30T10:00:00.000Z",
  ...extra,
});

const A = values("first answer");
const B = values("second answer");

/** Pending A, saving A at version 1. */
function saving(): AutosaveState {
  const [changed] = step(initialAutosaveState(1, true), { type: "change", values: A });
  return step(changed, { type: "flush" })[0];
}

describe("autosave state machine (step)", () => {
  it("a change keeps the values on this device at once and saves after a pause", () => {
    const [s, effects] = step(initialAutosaveState(3, true), { type: "change", values: A });
    expect(s.status).toEqual({ kind: "idle" });
    expect(s.pending).toBe(A);
    expect(effects).toEqual([
      { type: "write-local", values: A, baseVersion: 3, base: null },
      { type: "timer", ms: DEBOUNCE_MS },
    ]);
  });

  it("ignores changes while disabled (submitted or closed) and sends nothing", () => {
    const s0 = initialAutosaveState(1, false);
    expect(step(s0, { type: "change", values: A })).toEqual([s0, []]);
    const [s1] = step(s0, { type: "enable", enabled: true });
    const [s2] = step(s1, { type: "change", values: A });
    const [s3, effects] = step(step(s2, { type: "enable", enabled: false })[0], { type: "flush" });
    expect(s3.status.kind).toBe("idle");
    expect(effects).toEqual([{ type: "timer", ms: null }]);
  });

  it("idle -> saving: sends the pending values on the current version", () => {
    const [changed] = step(initialAutosaveState(1, true), { type: "change", values: A });
    const [s, effects] = step(changed, { type: "flush" });
    expect(s.status).toEqual({ kind: "saving" });
    expect(s.inFlight).toEqual({ values: A, sent: A, cut: false });
    expect(effects).toEqual([
      { type: "timer", ms: null },
      { type: "send", values: A, expectedVersion: 1 },
    ]);
  });

  it("a flush with nothing pending only cancels the timer", () => {
    const s0 = initialAutosaveState(1, true);
    expect(step(s0, { type: "flush" })).toEqual([s0, [{ type: "timer", ms: null }]]);
  });

  it("saving -> saved: adopts the new version and clears the device copy", () => {
    const [s, effects] = step(saving(), { type: "reply", reply: ok(2) });
    expect(s.status).toEqual({ kind: "saved", at: "2026-11-30T10:00:00.000Z" });
    expect(s.version).toBe(2);
    expect(s.pending).toBeNull();
    expect(s.inFlight).toBeNull();
    expect(effects).toEqual([{ type: "clear-local" }]);
  });

  it("text over the limit is sent cut; the device keeps the whole text on the new version", () => {
    const long = values("x".repeat(EVIDENCE_MAX + 10));
    const [changed] = step(initialAutosaveState(1, true), { type: "change", values: long });
    const [s1, sent] = step(changed, { type: "flush" });
    expect(sent[1]).toMatchObject({ type: "send", expectedVersion: 1 });
    expect((sent[1] as { values: ScorecardValues }).values.scores[0]!.evidence).toHaveLength(EVIDENCE_MAX);
    const [s2, effects] = step(s1, { type: "reply", reply: ok(2) });
    expect(s2.pending).toBeNull();
    // The device keeps the whole text; the server holds the cut one (what the next merge starts from).
    const cut = (sent[1] as { values: ScorecardValues }).values;
    expect(effects).toEqual([{ type: "write-local", values: long, baseVersion: 2, base: cut }]);
    expect(s2.base).toEqual(cut);
  });

  it("typed during the save: the newer values stay pending and their device copy moves to the new version", () => {
    const [typed] = step(saving(), { type: "change", values: B });
    const [s, effects] = step(typed, { type: "reply", reply: ok(2) });
    expect(s.pending).toBe(B);
    expect(s.status.kind).toBe("saved");
    expect(effects).toEqual([{ type: "write-local", values: B, baseVersion: 2, base: A }]);
  });

  it("saved with the same answers as a submission from another tab: tells the form", () => {
    const [, effects] = step(saving(), { type: "reply", reply: ok(4, { alreadySubmitted: true }) });
    expect(effects).toContainEqual({ type: "submitted-elsewhere" });
  });

  it("saving -> conflict: shows both copies and keeps the values pending, with no retry", () => {
    const copy = server(5);
    const [s, effects] = step(saving(), {
      type: "reply",
      reply: { ok: false, kind: "conflict", message: "Changed", server: copy },
    });
    expect(s.status).toEqual({ kind: "conflict", server: copy, local: A, base: null });
    expect(s.pending).toBe(A);
    expect(s.version).toBe(1);
    expect(effects).toEqual([]);
    // Coming back to the window does not retry a conflict: the user chooses.
    expect(step(s, { type: "return" })).toEqual([s, []]);
  });

  it("saving -> signed-out on an ended session, -> error on a refusal", () => {
    const [out] = step(saving(), {
      type: "reply",
      reply: { ok: false, kind: "unauthenticated", message: "Sign in again." },
    });
    expect(out.status).toEqual({ kind: "signed-out", message: "Sign in again." });
    const [err, effects] = step(saving(), {
      type: "reply",
      reply: { ok: false, kind: "invalid", message: "Too long." },
    });
    expect(err.status).toEqual({ kind: "error", message: "Too long." });
    expect(effects).toEqual([]);
  });

  it("saving -> retrying when busy or unreachable, with backoff 2, 4, 8, 16, 30, 30 s", () => {
    const [busy, busyEffects] = step(saving(), { type: "reply", reply: { ok: false, kind: "busy", message: "Busy." } });
    expect(busy.status).toEqual({ kind: "retrying", message: "Busy. Kept on this device; retrying in 2 s." });
    expect(busyEffects).toEqual([{ type: "timer", ms: 2000 }]);

    let s = saving();
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const [failed, effects] = step(s, { type: "unreachable" });
      expect(failed.status.kind).toBe("retrying");
      delays.push((effects[0] as { ms: number }).ms);
      s = step(failed, { type: "flush" })[0];
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
    expect([1, 2, 3, 4, 5, 6].map(backoffMs)).toEqual(delays);
    expect(step(step(s, { type: "unreachable" })[0], { type: "flush" })[0].attempts).toBe(7);
    // A success resets the backoff.
    expect(step(s, { type: "reply", reply: ok(2) })[0].attempts).toBe(0);
  });

  it("returning (focus, visible, online) retries at once from retrying, signed-out and error only", () => {
    const failed = step(saving(), { type: "unreachable" })[0];
    const [retried, effects] = step(failed, { type: "return" });
    expect(retried.status.kind).toBe("saving");
    expect(effects).toContainEqual({ type: "send", values: A, expectedVersion: 1 });
    for (const reply of [
      { ok: false, kind: "unauthenticated", message: "Sign in." },
      { ok: false, kind: "error", message: "Oops." },
    ] as SaveReply[]) {
      const s = step(saving(), { type: "reply", reply })[0];
      expect(step(s, { type: "return" })[0].status.kind).toBe("saving");
    }
    const saved = step(saving(), { type: "reply", reply: ok(2) })[0];
    expect(step(saved, { type: "return" })).toEqual([saved, []]);
    // Nothing pending: nothing to retry.
    const empty = { ...failed, pending: null };
    expect(step(empty, { type: "return" })).toEqual([empty, []]);
  });

  it("a flush during a save is queued once and runs after it, on the version it returned", () => {
    const [queued, none] = step(saving(), { type: "flush" });
    expect(queued.queued).toBe(true);
    expect(none).toEqual([]);
    expect(step(queued, { type: "flush" })[0]).toBe(queued);
    const [typed] = step(queued, { type: "change", values: B });
    const [s, effects] = step(typed, { type: "reply", reply: ok(2) });
    expect(s.queued).toBe(false);
    expect(s.inFlight).toEqual({ values: B, sent: B, cut: false });
    expect(effects).toContainEqual({ type: "send", values: B, expectedVersion: 2 });
  });

  it("settling a conflict: keep this device's values (saved on the server's version) or take the server's", () => {
    const conflict = step(saving(), {
      type: "reply",
      reply: { ok: false, kind: "conflict", message: "", server: server(7) },
    })[0];
    const [kept, keepEffects] = step(conflict, { type: "resolve", server: server(7), keep: A });
    expect(kept.version).toBe(7);
    expect(kept.status.kind).toBe("saving");
    expect(keepEffects).toEqual([
      { type: "write-local", values: A, baseVersion: 7, base: server(7).values },
      { type: "timer", ms: null },
      { type: "send", values: A, expectedVersion: 7 },
    ]);
    const [dropped, dropEffects] = step(conflict, { type: "resolve", server: server(7), keep: null });
    expect(dropped).toMatchObject({
      version: 7,
      base: server(7).values,
      pending: null,
      status: { kind: "saved", at: server(7).updatedAt },
    });
    expect(dropEffects).toEqual([{ type: "clear-local" }]);
  });

  it("holding an amendment stops saves and keeps the values on this device only", () => {
    const [changed] = step(initialAutosaveState(1, true), { type: "change", values: A });
    const [s, effects] = step(changed, { type: "hold", values: B, version: 4 });
    expect(s).toMatchObject({ pending: null, version: 4, status: { kind: "idle" } });
    expect(effects).toEqual([
      { type: "timer", ms: null },
      { type: "write-local", values: B, baseVersion: 4, base: null },
    ]);
  });

  it("leaving the page postpones a save that is due, and nothing else", () => {
    const [changed] = step(initialAutosaveState(1, true), { type: "change", values: A });
    expect(step(changed, { type: "leaving" })).toEqual([changed, [{ type: "timer", ms: LEAVING_MS }]]);
    // In flight, failed, or in conflict: nothing to postpone (or a retry timer that stays as it is).
    for (const s of [
      saving(),
      step(saving(), { type: "unreachable" })[0],
      step(saving(), { type: "reply", reply: { ok: false, kind: "conflict", message: "", server: server(2) } })[0],
      initialAutosaveState(1, true),
    ])
      expect(step(s, { type: "leaving" })).toEqual([s, []]);
  });

  it("the form's own calls: keep or clear the device copy, set the version, show a conflict", () => {
    const s0 = initialAutosaveState(2, true);
    expect(step(s0, { type: "keep-local", values: A })).toEqual([
      s0,
      [{ type: "write-local", values: A, baseVersion: 2, base: null }],
    ]);
    expect(step(s0, { type: "clear-local" })).toEqual([s0, [{ type: "clear-local" }]]);
    expect(step(s0, { type: "set-version", version: 9 })[0].version).toBe(9);
    expect(step(s0, { type: "show-conflict", server: server(3), local: A })[0].status).toEqual({
      kind: "conflict",
      server: server(3),
      local: A,
      base: null,
    });
  });

  it("a conflict on a draft is merged field by field when what both started from is known", () => {
    const base = values("first answer"); // what the server held at version 1, this tab's base
    const s0 = initialAutosaveState(1, true, base);
    // This tab changes the recommendation; another tab changed the evidence and saved version 2.
    const mine = { ...base, recommendation: "STRONG_YES" as const };
    const theirs: ServerCopy = { ...server(2, "evidence from the other tab") };
    const [changed] = step(s0, { type: "change", values: mine });
    const [sent] = step(changed, { type: "flush" });
    const [merged, effects] = step(sent, {
      type: "reply",
      reply: { ok: false, kind: "conflict", message: "", server: theirs },
    });
    const both = { ...theirs.values, recommendation: "STRONG_YES" as const };
    expect(merged).toMatchObject({ version: 2, base: theirs.values, pending: both, status: { kind: "saving" } });
    expect(effects).toEqual([
      { type: "merged", values: both },
      { type: "write-local", values: both, baseVersion: 2, base: theirs.values },
      { type: "timer", ms: null },
      { type: "send", values: both, expectedVersion: 2 },
    ]);
    // Typed while the refused save was in flight: the newest values are what is merged.
    const [typed] = step(sent, { type: "change", values: { ...mine, privateNote: "typed meanwhile" } });
    const [s2] = step(typed, { type: "reply", reply: { ok: false, kind: "conflict", message: "", server: theirs } });
    expect(s2.pending).toEqual({ ...both, privateNote: "typed meanwhile" });
  });

  it("a field both tabs changed is still put to the person, with what both started from", () => {
    const base = values("first answer");
    const [changed] = step(initialAutosaveState(1, true, base), { type: "change", values: values("mine") });
    const [sent] = step(changed, { type: "flush" });
    const [s, effects] = step(sent, {
      type: "reply",
      reply: { ok: false, kind: "conflict", message: "", server: server(2) },
    });
    expect(s.status).toEqual({ kind: "conflict", server: server(2), local: values("mine"), base });
    expect(effects).toEqual([]);
    // A submitted version is never merged into: an amendment is the person's call.
    const submitted: ServerCopy = { ...server(2), values: { ...base, privateNote: "x" }, status: "SUBMITTED" };
    const [s3] = step(sent, { type: "reply", reply: { ok: false, kind: "conflict", message: "", server: submitted } });
    expect(s3.status.kind).toBe("conflict");
  });
});

describe("autosave driver (createAutosave) under fake timers", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A save action whose answers the test gives, one call at a time. */
  function harness(initialVersion = 1) {
    const calls: { expectedVersion: number; values: ScorecardValues; answer: (r: SaveReply | Error) => void }[] = [];
    const device: { values: ScorecardValues; baseVersion: number }[] = [];
    let cleared = 0;
    const elsewhere = vi.fn();
    const autosave = createAutosave({
      initialVersion,
      enabled: true,
      send: (input) =>
        new Promise<SaveReply>((resolve, reject) =>
          calls.push({ ...input, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) }),
        ),
      writeLocal: (v, baseVersion) => device.push({ values: v, baseVersion }),
      clearLocal: () => (cleared += 1),
    });
    autosave.setOnSubmittedElsewhere(elsewhere);
    const answer = async (r: SaveReply | Error) => {
      calls.at(-1)!.answer(r);
      await vi.advanceTimersByTimeAsync(0);
    };
    return { autosave, calls, device, cleared: () => cleared, elsewhere, answer };
  }

  it("saves once, after the pause that follows the last change, and clears the device copy", async () => {
    const h = harness();
    const seen: string[] = [];
    h.autosave.subscribe(() => seen.push(h.autosave.getStatus().kind));
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    h.autosave.onChange(B); // typing on restarts the pause
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(h.calls).toHaveLength(0);
    expect(h.device.map((d) => d.values)).toEqual([A, B]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => [c.expectedVersion, c.values])).toEqual([[1, B]]);
    await h.answer(ok(2));
    expect(h.autosave.getStatus().kind).toBe("saved");
    expect(h.autosave.currentVersion()).toBe(2);
    expect(h.autosave.hasPending()).toBe(false);
    expect(h.cleared()).toBe(1);
    expect(seen).toEqual(["saving", "saved"]);
  });

  it("retries an unreachable server with backoff until it answers", async () => {
    const h = harness();
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await h.answer(new Error("Failed to fetch"));
    expect(h.autosave.getStatus()).toEqual({
      kind: "retrying",
      message: "Offline or server unreachable. Kept on this device; retrying in 2 s.",
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toHaveLength(2);
    await h.answer(new Error("Failed to fetch"));
    await vi.advanceTimersByTimeAsync(3999);
    expect(h.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toHaveLength(3);
    await h.answer(ok(2));
    expect(h.autosave.getStatus().kind).toBe("saved");
    expect(h.autosave.getState().attempts).toBe(0);
    // The device copy stayed until the server had it.
    expect(h.device).toEqual([{ values: A, baseVersion: 1 }]);
    expect(h.cleared()).toBe(1);
  });

  it("retries at once when the window comes back (focus, online), without waiting for the timer", async () => {
    const h = harness();
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await h.answer({ ok: false, kind: "unauthenticated", message: "Sign in again." });
    expect(h.autosave.getStatus().kind).toBe("signed-out");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls).toHaveLength(1); // signed out: no timer, only a return retries
    h.autosave.returned();
    expect(h.calls).toHaveLength(1); // the send starts on the next microtask
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls).toHaveLength(2);
    await h.answer(new Error("offline"));
    h.autosave.returned(); // online again before the 4 s retry
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls).toHaveLength(3);
    await h.answer(ok(2));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls).toHaveLength(3); // the retry timer went with the successful save
  });

  it("a conflict waits for the user; keeping this device's copy saves it on the server's version", async () => {
    const h = harness();
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await h.answer({ ok: false, kind: "conflict", message: "Changed elsewhere", server: server(6) });
    expect(h.autosave.getStatus()).toMatchObject({ kind: "conflict", local: A, server: { version: 6 } });
    h.autosave.returned();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls).toHaveLength(1);
    h.autosave.resolveConflict(server(6), A);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls.at(-1)).toMatchObject({ expectedVersion: 6, values: A });
    expect(h.device.at(-1)).toEqual({ values: A, baseVersion: 6 });
    await h.answer(ok(7));
    expect(h.autosave.getStatus().kind).toBe("saved");
    expect(h.autosave.currentVersion()).toBe(7);
  });

  it("never runs two saves at once; flushes during one share one follow-up that uses the new version", async () => {
    const h = harness();
    h.autosave.onChange(A);
    const first = h.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    h.autosave.onChange(B);
    // The online event and the submit button's flush arrive while the first save is in flight.
    const online = h.autosave.flush();
    const submit = h.autosave.flush();
    expect(online).toBe(submit);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS); // the debounce fires too: joins the queue
    expect(h.calls).toHaveLength(1);
    let firstDone = false;
    void first.then(() => (firstDone = true));
    await h.answer(ok(2));
    expect(firstDone).toBe(true);
    expect(h.calls.map((c) => [c.expectedVersion, c.values])).toEqual([
      [1, A],
      [2, B],
    ]);
    let submitDone = false;
    void submit.then(() => (submitDone = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(submitDone).toBe(false);
    await h.answer(ok(3));
    expect(submitDone).toBe(true);
    await Promise.all([first, online, submit]);
    // Idle again: a flush with nothing pending resolves at once and sends nothing.
    await h.autosave.flush();
    expect(h.calls).toHaveLength(2);
  });

  it("keeps going after a failed save: the queued one runs, and a queued flush with nothing to send resolves", async () => {
    const h = harness();
    h.autosave.onChange(A);
    const first = h.autosave.flush();
    const second = h.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    await h.answer(new Error("network"));
    await first;
    expect(h.calls).toHaveLength(2); // the queued flush sent again at once
    await h.answer(ok(2));
    await second;
    expect(h.autosave.getStatus().kind).toBe("saved");

    h.autosave.onChange(B);
    const third = h.autosave.flush();
    const nothingLeft = h.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    await h.answer(ok(3));
    await third;
    await nothingLeft; // B was saved by the first: the queued flush had nothing to send
    expect(h.calls).toHaveLength(3);
  });

  it("tells the form when the draft matched a submission made elsewhere", async () => {
    const h = harness();
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await h.answer(ok(3, { alreadySubmitted: true }));
    expect(h.elsewhere).toHaveBeenCalledTimes(1);
  });

  it("a save due while the page is being left waits, and still goes out if the page stays", async () => {
    const h = harness();
    h.autosave.onChange(A);
    await vi.advanceTimersByTimeAsync(400);
    h.autosave.leaving(); // a reload: the next page restores the device copy and saves it
    await vi.advanceTimersByTimeAsync(LEAVING_MS - 1);
    expect(h.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls.map((c) => c.values)).toEqual([A]);
  });

  it("stop() cancels the pending timer: nothing is sent after the form unmounts", async () => {
    const h = harness();
    h.autosave.onChange(A);
    h.autosave.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.calls).toHaveLength(0);
    expect(h.device).toHaveLength(1); // the device copy is there for the next visit
  });
});

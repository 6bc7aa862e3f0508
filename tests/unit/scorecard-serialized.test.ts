// Autosave's runner: one save in flight at a time, and a save requested meanwhile runs once,
// afterwards, with what the previous one left (the scorecard's new version).
import { describe, expect, it } from "vitest";
import { serialized } from "../../components/scorecard/serialized";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("serialized saves", () => {
  it("never runs two at once; callers waiting on the same save share one follow-up that uses the new version", async () => {
    let version = 1;
    let inFlight = 0;
    let maxInFlight = 0;
    const sentWith: number[] = [];
    const run = serialized(async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const expected = version;
      sentWith.push(expected);
      await tick();
      version = expected + 1; // the server's reply: the next save must build on it
      inFlight -= 1;
    });
    const first = run();
    // The online event and the retry timer fire while the first save is in flight.
    const online = run();
    const timer = run();
    expect(online).toBe(timer);
    await Promise.all([first, online, timer]);
    expect(maxInFlight).toBe(1);
    expect(sentWith).toEqual([1, 2]);
    // Idle again: a new call starts at once.
    await run();
    expect(sentWith).toEqual([1, 2, 3]);
  });

  it("keeps going after a failed run", async () => {
    let calls = 0;
    const run = serialized(async () => {
      calls += 1;
      await tick();
      if (calls === 1) throw new Error("network");
    });
    const first = run().catch((e: Error) => e.message);
    const second = run();
    expect(await first).toBe("network");
    await second;
    expect(calls).toBe(2);
  });
});

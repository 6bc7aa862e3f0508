import { describe, expect, it } from "vitest";
import { DEFAULT_CPU_SLOWDOWN, calibratedCpuSlowdown } from "@/bench/web/throttling";

describe("calibratedCpuSlowdown (Lighthouse's docs/throttling.md, 'Calibrating the CPU slowdown')", () => {
  it("keeps the mobile preset's 4x on the high-end desktop host it assumes", () => {
    expect(calibratedCpuSlowdown(1750)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it("slows a faster host down more, so the page still runs at the preset's phone's speed", () => {
    expect(calibratedCpuSlowdown(2600)).toBe(5.9);
    expect(calibratedCpuSlowdown(3500)).toBe(8);
    expect(calibratedCpuSlowdown(100_000)).toBe(20); // --cpu's ceiling
  });

  it("slows a slower host down less, in proportion to its benchmarkIndex", () => {
    expect(calibratedCpuSlowdown(1000)).toBe(2.3);
    expect(calibratedCpuSlowdown(640)).toBe(1.5);
  });

  it("never speeds the page up: a host slower than the target device runs at 1x", () => {
    expect(calibratedCpuSlowdown(300)).toBe(1);
    expect(calibratedCpuSlowdown(0)).toBe(1);
  });
});

// How hard Lighthouse slows the CPU down: its mobile preset's 4x, or that scaled to this host's speed.
/** Lighthouse's default CPU slowdown (mobile preset). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The CPU slowdown that makes this host emulate the device the mobile preset means, as Lighthouse's
 * docs/throttling.md ("Calibrating the CPU slowdown") says to: the default 4x assumes a high-end
 * desktop host (benchmarkIndex 1500-2000) and lands it in the mid-tier mobile bracket, so scale 4x
 * by this host's index against that bracket's middle (1,750), both ways: a faster host is slowed
 * down more (on a host of index 3,500 the preset's 4x emulates a phone twice as fast as it means),
 * a slower one less; never below 1x (no speed-up) nor above 20x (bench:web's --cpu range).
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  const x = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / 1750;
  return Math.round(Math.min(20, Math.max(1, x)) * 10) / 10;
}

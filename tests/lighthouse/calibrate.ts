/**
 * Calibrating Lighthouse's CPU slowdown to the machine it runs on.
 *
 * Lighthouse simulates a mid-tier phone by multiplying the main-thread work it observes by a
 * constant 4, which its documentation (docs/throttling.md, "Calibrating the CPU slowdown")
 * says moves a high-end desktop (benchmarkIndex 1500-2000) into the mid-tier mobile bracket,
 * and advises a lower multiplier on a weaker machine and a higher one on a stronger machine.
 * A shared CI host can be much weaker than a desktop, and then 4× simulates a phone far
 * slower than intended. This scales the multiplier with the benchmarkIndex Lighthouse
 * measured, so every machine simulates the same phone.
 */

/** The middle of the high-end desktop bracket, for which Lighthouse's default 4× is meant. */
export const REFERENCE_BENCHMARK_INDEX = 1750;
export const DEFAULT_CPU_SLOWDOWN = 4;

/** The CPU slowdown that targets the same phone as 4× on a high-end desktop (1× to 10×, one decimal). */
export function cpuSlowdown(benchmarkIndex: number | undefined): number {
  if (benchmarkIndex === undefined || !Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    return DEFAULT_CPU_SLOWDOWN;
  const scaled = (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / REFERENCE_BENCHMARK_INDEX;
  return Math.min(10, Math.max(1, Math.round(scaled * 10) / 10));
}

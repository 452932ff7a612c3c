import { describe, expect, it } from 'vitest';
import { cpuSlowdown } from '../lighthouse/calibrate';

describe('cpuSlowdown', () => {
  it('keeps Lighthouse’s 4× for a high-end desktop', () => {
    expect(cpuSlowdown(1750)).toBe(4);
  });

  it('slows a weaker machine less and a stronger machine more, so both simulate the same phone', () => {
    expect(cpuSlowdown(875)).toBe(2);
    expect(cpuSlowdown(2700)).toBe(6.2);
  });

  it('stays between 1× and 10×, and falls back to 4× without a measurement', () => {
    expect(cpuSlowdown(100)).toBe(1);
    expect(cpuSlowdown(10_000)).toBe(10);
    expect(cpuSlowdown(undefined)).toBe(4);
    expect(cpuSlowdown(Number.NaN)).toBe(4);
  });
});

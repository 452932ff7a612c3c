/**
 * npm audit on the production dependencies: no high or critical vulnerabilities. Skipped,
 * with the reason printed, only where the registry offers no audit endpoint.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('dependencies', () => {
  it('have no high or critical vulnerabilities (npm audit --omit=dev)', (ctx) => {
    const run = spawnSync(process.execPath, ['scripts/audit.mjs'], { encoding: 'utf8', timeout: 150_000 });
    console.log(run.stdout + run.stderr);
    if (run.status === 2) ctx.skip(`npm audit niet beschikbaar: ${run.stderr.trim()}`);
    expect(run.status, run.stdout).toBe(0);
  });
});

// Production dependencies against the npm advisory database: reports every vulnerability
// and exits 1 on high or critical ones. Where the registry has no audit endpoint (as the
// mirror on the team's machines answers 405), it says so and exits 2, so that callers can
// tell "no advisories" from "could not ask".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report || report.error || !report.metadata) {
  console.error(
    `npm audit niet beschikbaar: ${report?.message || report?.error?.summary || report?.error?.code || run.stderr.trim().split('\n').at(-1) || 'onbekende fout'}`,
  );
  process.exit(2);
}
const counts = report.metadata.vulnerabilities;
console.log(`npm audit (productie): ${JSON.stringify(counts)}`);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(`- ${name}: ${v.severity}${v.fixAvailable ? ' (oplossing beschikbaar)' : ''}`);
}
process.exit(counts.high + counts.critical > 0 ? 1 : 0);

// Makes sure the tests have the Debian packages they drive: Chromium (browser tests,
// Lighthouse), nginx (serving the built site with the repository's server block) and a Java
// runtime (the Nu Html Checker), Poppler (pdftotext for the print tests). When one is missing and we are root (as on the team's
// machines and in CI), installs it with apt-get; otherwise says how to install it.
// Playwright's own browser download is not used: it cannot reach its download host here.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const tools = [
  { name: 'Chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), pkg: 'chromium' },
  { name: 'nginx', present: () => existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx'), pkg: 'nginx-light' },
  { name: 'Java', present: () => has('java'), pkg: 'default-jre-headless' },
  // pdftotext and pdftoppm read the PDFs that the print tests make with Chromium.
  { name: 'Poppler (pdftotext)', present: () => has('pdftotext'), pkg: 'poppler-utils' },
];

const missing = tools.filter((t) => !t.present());
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const packages = missing.map((t) => t.pkg);
if (!isRoot || !has('apt-get')) {
  console.error(
    `Ontbreekt voor de tests: ${missing.map((t) => t.name).join(', ')}. Installeer: sudo apt-get install ${packages.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installeren met apt-get: ${packages.join(' ')} …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', ...packages],
]) {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(' ')} mislukte (exit ${r.status}).`);
    process.exit(1);
  }
}
const still = tools.filter((t) => !t.present());
if (still.length) {
  console.error(`Na de installatie ontbreekt nog: ${still.map((t) => t.name).join(', ')}.`);
  process.exit(1);
}

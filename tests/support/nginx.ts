/**
 * Serves a built site with a real nginx (Debian's package) on a loopback port, using the
 * repository's own server block (deploy/nginx.conf), for header and CSP tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('geen poort'))));
    });
  });
}

export async function startNginx(root: string, workDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (version.error)
    throw new Error(`nginx niet gevonden op ${NGINX}: installeer Debian's pakket (apt-get install nginx-light)`);
  mkdirSync(join(workDir, 'logs'), { recursive: true });
  const port = await freePort();
  const server = readFileSync(join(process.cwd(), 'deploy/nginx.conf'), 'utf8')
    .replaceAll('{{PORT}}', `127.0.0.1:${port}`)
    .replaceAll('{{ROOT}}', root);
  const conf = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
error_log ${join(workDir, 'logs/error.log')} warn;
pid ${join(workDir, 'nginx.pid')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(workDir, 'body')};
  proxy_temp_path ${join(workDir, 'proxy')};
  fastcgi_temp_path ${join(workDir, 'fastcgi')};
  uwsgi_temp_path ${join(workDir, 'uwsgi')};
  scgi_temp_path ${join(workDir, 'scgi')};
${server}
}
`;
  const confFile = join(workDir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const check = spawnSync(NGINX, ['-t', '-c', confFile, '-p', workDir], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx-configuratie ongeldig:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-c', confFile, '-p', workDir, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

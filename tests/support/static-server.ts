/**
 * A minimal static file server for the built site, on a loopback port, for browser tests.
 * Directories serve their index.html; unknown paths get the site's 404 page with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, clean);
  if (!path.startsWith(root)) return undefined;
  try {
    const s = await stat(path);
    if (s.isDirectory()) path = join(path, 'index.html');
    await stat(path);
    return path;
  } catch {
    return undefined;
  }
}

export async function startStaticServer(dir: string, basePath = '/'): Promise<{ url: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const urlPath = req.url ?? '/';
    const inBase = urlPath.startsWith(basePath) ? `/${urlPath.slice(basePath.length)}` : undefined;
    const file = inBase === undefined ? undefined : await fileFor(root, inBase);
    if (!file) {
      const notFound = await fileFor(root, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Niet gevonden');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server zonder poort');
  return { url: `http://127.0.0.1:${address.port}${basePath}`, server };
}

/**
 * A link checker over a built site folder: every internal link, asset and #anchor must
 * resolve to a built file and an element id. External links are collected, never fetched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  checked: number;
  problems: LinkProblem[];
  external: Map<string, Set<string>>;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const ATTR = /<(a|link|img|script|source|form|use)\b[^>]*?\s(href|src|action|srcset)="([^"]*)"/gi;
const ID = /\sid="([^"]*)"/g;

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Page path ("/documenten/x/") for a file in the built folder, under the base path. */
function pagePath(dist: string, file: string, base: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return `${base}${rel}`.replace(/index\.html$/, '');
}

export function checkLinks(dist: string, options: { base?: string; site: string }): LinkReport {
  const base = options.base ?? '/';
  const origin = new URL(options.site).origin;
  const files = walk(dist).filter((f) => f.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) {
      idsByFile.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1]!))));
    }
    return idsByFile.get(file)!;
  };
  /** The built file a site path points to, or undefined. */
  const resolveFile = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const rel = decodeURIComponent(path.slice(base.length));
    const candidate = join(dist, rel);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  };

  const report: LinkReport = { pages: files.length, checked: 0, problems: [], external: new Map() };
  for (const file of files) {
    const page = pagePath(dist, file, base);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const raw = decode(m[3]!);
      if (m[2]!.toLowerCase() === 'srcset' || raw === '' || /^(mailto|tel|data):/i.test(raw)) continue;
      report.checked++;
      const url = new URL(raw, `${origin}${page}`);
      if (url.origin !== origin) {
        if (!report.external.has(url.href)) report.external.set(url.href, new Set());
        report.external.get(url.href)!.add(page);
        continue;
      }
      const target = url.pathname === page || url.pathname === '' ? file : resolveFile(url.pathname);
      if (!target) {
        report.problems.push({ page, link: raw, reason: `bestaat niet (${url.pathname})` });
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id))
          report.problems.push({ page, link: raw, reason: `anker #${id} bestaat niet op ${url.pathname}` });
      }
    }
  }
  return report;
}

export function externalLinksReport(report: LinkReport): string {
  const lines = ['# Externe links (niet opgevraagd)', ''];
  for (const [href, pages] of [...report.external].sort()) lines.push(`- ${href} (op ${[...pages].sort().join(', ')})`);
  return `${lines.join('\n')}\n`;
}

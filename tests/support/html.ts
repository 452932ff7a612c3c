/**
 * Small helpers to cut regions out of built HTML without a DOM: the element an opening tag starts (with
 * its nested elements of the same name), and the HTML with some elements removed.
 */

/** End offset (after the closing tag) of the element whose opening tag starts at `start`. */
export function elementEnd(html: string, start: number): number {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (!name) throw new Error(`geen openingstag op positie ${start}`);
  const tag = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'gi');
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[2] === '/') continue; // self-closing
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The outer HTML of every element whose opening tag matches `opening`. */
export function elements(html: string, opening: RegExp): string[] {
  const re = new RegExp(opening.source, opening.flags.includes('g') ? opening.flags : `${opening.flags}g`);
  return [...html.matchAll(re)].map((m) => html.slice(m.index, elementEnd(html, m.index)));
}

/** The HTML with every element whose opening tag matches `opening` removed (with its content). */
export function withoutElements(html: string, opening: RegExp): string {
  const re = new RegExp(opening.source, opening.flags.includes('g') ? opening.flags : `${opening.flags}g`);
  let out = '';
  let at = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index < at) continue; // inside an element already removed
    out += html.slice(at, m.index);
    at = elementEnd(html, m.index);
    re.lastIndex = at;
  }
  return out + html.slice(at);
}

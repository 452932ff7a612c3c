/**
 * A chart as a list of plain shapes and placed texts (a "scene"), computed by each chart kind's
 * geometry function and turned into SVG markup by one renderer. Tests check the scene (no two
 * texts overlap, no text on a data mark) without a browser; the same markup goes inline into
 * pages and, with its styles, into the SVG and PNG downloads.
 */
import { LINE_HEIGHT, boxesOverlap, segmentHitsBox, textBox, type Box, type PlacedText } from './model';

export type Mark =
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; className: string; data?: boolean }
  | { type: 'rect'; x: number; y: number; width: number; height: number; className: string; data?: boolean }
  | { type: 'circle'; cx: number; cy: number; r: number; className: string; data?: boolean }
  | { type: 'path'; d: string; className: string; data?: boolean; points?: Array<[number, number]> };

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
  texts: PlacedText[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A coordinate of a line or text that carries no data (gridlines, ticks, labels), as written in
 * the markup: whole units. The geometry keeps its tenths (the collision checks use them), and so
 * do the data marks. A chart is drawn at most 1,38 times its units (LAYOUTS), so half a unit is
 * under three quarters of a pixel; whole numbers cost a page with charts a tenth fewer bytes.
 */
const u = (x: number): number => Math.round(x);

function markSvg(m: Mark): string {
  switch (m.type) {
    case 'line':
      return m.data
        ? `<line class="${m.className}" x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}"/>`
        : `<line class="${m.className}" x1="${u(m.x1)}" y1="${u(m.y1)}" x2="${u(m.x2)}" y2="${u(m.y2)}"/>`;
    case 'rect':
      return `<rect class="${m.className}" x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}"/>`;
    case 'circle':
      return `<circle class="${m.className}" cx="${m.cx}" cy="${m.cy}" r="${m.r}"/>`;
    case 'path':
      return `<path class="${m.className}" d="${m.d}"/>`;
  }
}

/** A line's path segment: `M x1 y1`, then H or V when it runs along an axis. */
function segment(m: Extract<Mark, { type: 'line' }>): string {
  const to = m.y1 === m.y2 ? `H${u(m.x2)}` : m.x1 === m.x2 ? `V${u(m.y2)}` : `L${u(m.x2)} ${u(m.y2)}`;
  return `M${u(m.x1)} ${u(m.y1)}${to}`;
}

/**
 * The marks as SVG elements. Runs of lines that carry no data and share a class (gridlines,
 * ticks) become one path: they draw the same, and a chart drawn for four widths on a page costs
 * a third fewer bytes (the page budget, tests/quality/privacy-budgets.test.ts).
 */
function marksSvg(marks: readonly Mark[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (m.type !== 'line' || m.data) {
      out.push(markSvg(m));
      continue;
    }
    let j = i;
    const run: Array<Extract<Mark, { type: 'line' }>> = [];
    for (let n = marks[j]; n?.type === 'line' && !n.data && n.className === m.className; n = marks[++j]) run.push(n);
    out.push(
      run.length > 1 ? `<path class="${m.className}" fill="none" d="${run.map(segment).join('')}"/>` : markSvg(m),
    );
    i = j - 1;
  }
  return out;
}

function textSvg(t: PlacedText, shared: { anchor: boolean; size: boolean }): string {
  const anchor = shared.anchor || t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  const size = shared.size ? '' : ` font-size="${t.size}"`;
  const body =
    t.lines.length === 1
      ? esc(t.lines[0] ?? '')
      : t.lines
          .map((line, i) => `<tspan x="${u(t.x)}"${i ? ` dy="${LINE_HEIGHT}"` : ''}>${esc(line)}</tspan>`)
          .join('');
  return `<text class="${t.className}" x="${u(t.x)}" y="${u(t.y)}"${anchor}${size}>${body}</text>`;
}

/**
 * The texts as SVG elements. Runs of texts with the same anchor and size (the ticks of an axis)
 * share them on a group: text-anchor and font-size are inherited, and no stylesheet sets them
 * on the texts, so they draw the same.
 */
function textsSvg(texts: readonly PlacedText[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < texts.length;) {
    const t = texts[i]!;
    let j = i + 1;
    while (j < texts.length && texts[j]!.anchor === t.anchor && texts[j]!.size === t.size) j++;
    if (j - i > 1) {
      const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
      const inner = texts.slice(i, j).map((x) => textSvg(x, { anchor: true, size: true }));
      out.push(`<g${anchor} font-size="${t.size}">`, ...inner, '</g>');
    } else out.push(textSvg(t, { anchor: false, size: false }));
    i = j;
  }
  return out;
}

/** The shapes and texts of a scene as SVG elements, one a line. */
export function sceneBody(scene: Scene): string {
  return [...marksSvg(scene.marks), ...textsSvg(scene.texts)].join('\n');
}

/** Data marks as boxes and segments, for checking that no text sits on them. */
function markHits(m: Mark, b: Box): boolean {
  switch (m.type) {
    case 'line':
      return segmentHitsBox(m.x1, m.y1, m.x2, m.y2, b);
    case 'rect':
      return boxesOverlap(b, { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height });
    case 'circle':
      return boxesOverlap(b, { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r });
    case 'path': {
      const pts = m.points ?? [];
      return pts.slice(1).some((p, i) => segmentHitsBox(pts[i]![0], pts[i]![1], p[0], p[1], b));
    }
  }
}

function contains(m: Mark, b: Box): boolean {
  return (
    m.type === 'rect' &&
    b.x0 >= m.x - 0.5 &&
    b.x1 <= m.x + m.width + 0.5 &&
    b.y0 >= m.y - 0.5 &&
    b.y1 <= m.y + m.height + 0.5
  );
}

/** Every pair of texts that overlap, and every text that sits on a data mark (for tests and checks). */
export function sceneCollisions(scene: Scene): string[] {
  const problems: string[] = [];
  const placed = scene.texts.map((t) => ({
    name: `"${t.lines.join(' ')}"`,
    inside: t.className.includes('chart__value--in'),
    b: textBox(t),
  }));
  placed.forEach(({ name, inside, b }, i) => {
    for (const other of placed.slice(i + 1))
      if (boxesOverlap(b, other.b)) problems.push(`${name} overlapt ${other.name}`);
    // A value written inside its bar (bar-labels.ts) must lie wholly within that bar, and on no other mark.
    const home = inside ? scene.marks.find((m) => m.type === 'rect' && m.data && contains(m, b)) : undefined;
    if (inside && !home) problems.push(`${name} staat niet helemaal binnen zijn staaf`);
    // Data marks, and the dotted lines that join a waterfall's steps, may not run through a text.
    for (const m of scene.marks) {
      const solid = m.data || m.className === 'chart__connector';
      if (solid && m !== home && markHits(m, b)) problems.push(`${name} staat op een ${m.type} (${m.className})`);
    }
    if (b.x0 < -0.5 || b.x1 > scene.width + 0.5 || b.y0 < -0.5 || b.y1 > scene.height + 0.5) {
      problems.push(`${name} valt buiten de grafiek (${Math.round(b.x0)}–${Math.round(b.x1)} van ${scene.width})`);
    }
  });
  return problems;
}

/**
 * Places a label at the first candidate position whose box overlaps no text placed so far and
 * no data mark; falls back to the first candidate.
 */
export function placeLabel(
  candidates: PlacedText[],
  placed: PlacedText[],
  marks: Mark[],
  bounds: { width: number; height: number },
): PlacedText {
  const free = candidates.find((c) => {
    const b = textBox(c);
    if (b.x0 < 0 || b.x1 > bounds.width || b.y0 < 0 || b.y1 > bounds.height) return false;
    if (placed.some((p) => boxesOverlap(b, textBox(p), 2))) return false;
    return !marks.some((m) => m.data && markHits(m, { x0: b.x0 - 2, y0: b.y0 - 2, x1: b.x1 + 2, y1: b.y1 + 2 }));
  });
  return free ?? candidates[0]!;
}

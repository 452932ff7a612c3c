/**
 * Astro drops the line break between a line of text and a component or inline element on the
 * next line: the text's last word and the next one are glued ("heefthaar opgesteld", "Dequick
 * scan", "en<span>e-mailadressen"), as five editorial sentences were until December 2026. So in
 * every template a component or inline element that follows a line of text needs {' '} at the end
 * of that line. tests/quality/glued-words.test.ts checks the built pages too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NEXT = /^\s*<([A-Z]|(a|abbr|b|cite|code|dfn|em|i|q|small|span|strong|time)\b)/;

/** Lines where a component (<Capitalised ...>) or an inline element follows a line that ends in text, as "file:line". */
export function gluedComponents(source: string, file = ''): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    // Text ends in a letter, digit or sentence punctuation; a tag (>), an expression (}),
    // an entity (&nbsp;, itself the joint) or nothing (an empty line) does not glue.
    const text = /[\p{L}\p{N},.;:!?)’”]$/u.test(before) && !/&[a-z]+;$/.test(before);
    if (NEXT.test(lines[i]!) && text && !/^\s*(\/\/|\*|import\b)/.test(before)) found.push(`${file}:${i + 1}`);
  }
  return found;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

describe('text before a component', () => {
  it('finds a component or inline element on the line after text, and not after a tag, an expression or {" "}', () => {
    expect(gluedComponents('<p>\n  de redactie heeft\n  <EditorialBadge after="haar opgesteld." />\n</p>')).toEqual([
      ':3',
    ]);
    expect(gluedComponents('<p>\n  of het zo is gegaan,\n  <Badge />\n</p>')).toEqual([':3']);
    expect(gluedComponents("<p>\n  heeft{' '}\n  <Badge />\n</p>")).toEqual([]);
    expect(gluedComponents('<p>\n  <a href="/">link</a>\n  <Badge />\n</p>')).toEqual([]);
    expect(gluedComponents('<p>\n  heeft\n  <a href="/">link</a>\n</p>')).toEqual([':3']);
    expect(gluedComponents('<p>\n  heeft\n  <ul>\n</p>')).toEqual([]);
    expect(gluedComponents('<a>\n  ,&nbsp;\n  <ParagraphNumber n={4} />\n</a>')).toEqual([]);
  });

  it('no template glues a line of text to the component after it', () => {
    const files = astroFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(20);
    const glued = files.flatMap((f) => gluedComponents(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(glued, "zet {' '} aan het eind van de regel met tekst").toEqual([]);
  });
});

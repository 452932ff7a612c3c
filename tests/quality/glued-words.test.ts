/**
 * No word glued to the markup beside it: a template line break next to an inline element or a
 * component can vanish in Astro's output, so that "e-mailadressen</span>van" or "heefthaar" reads
 * as one word (tests/unit/template-whitespace.test.ts checks the templates for the component
 * case, which leaves no trace in the HTML). Here: no inline element with text ends right before a
 * letter or digit, and none starts right after one, in the visible text of any page. Astro's own
 * output is checked, not the official text, whose words stand as published.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/site';

const INLINE = 'a|abbr|b|cite|code|dfn|em|i|q|small|span|strong|time';
/** An inline element with text, closed right before a letter or digit: "</span>van". */
const GLUED_AFTER = new RegExp(`[^>\\s]</(?:${INLINE})>[\\p{L}\\p{N}]`, 'gu');
/** A letter or digit right before an inline element whose text starts with one: "heeft<a …>haar". */
const GLUED_BEFORE = new RegExp(`[\\p{L}\\p{N}]<(?:${INLINE})\\b[^>]*>[\\p{L}\\p{N}]`, 'gu');

/** The visible markup: no head, no scripts or styles, no SVG (chart labels are placed, not run). */
function visible(html: string): string {
  return html
    .replace(/^[\s\S]*?<body\b/, '<body')
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<wbr\s*\/?>/g, '');
}

describe('words and markup', () => {
  const pages = builtPages();

  it('finds a glued word where there is one', () => {
    expect('en <span class="nowrap">e-mailadressen</span>van'.match(GLUED_AFTER)).toHaveLength(1);
    expect('site heeft<span>haar</span>'.match(GLUED_BEFORE)).toHaveLength(1);
    expect('<span class="icon" aria-hidden="true"></span>Menu'.match(GLUED_AFTER)).toBeNull();
    expect('<a href="/">Wmo</a>-consulent en <abbr>MO</abbr>, '.match(GLUED_AFTER)).toBeNull();
  });

  it.each(pages)('%s has no word glued to an inline element', (page) => {
    const html = visible(readBuilt(page));
    const glued = [...(html.match(GLUED_AFTER) ?? []), ...(html.match(GLUED_BEFORE) ?? [])];
    expect(glued).toEqual([]);
  });
});

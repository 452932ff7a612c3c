/** Footnotes keep the source's numbers (the MDX labels them [^4], [^5]): input → HTML. */
import { describe, expect, it } from 'vitest';
import { footnoteNumbers } from '../../src/plugins/footnote-numbers';
import { render } from '../support/markdown';

const html = async (md: string) => (await render(md, { rehypePlugins: [footnoteNumbers] })).html;

describe('footnote numbers', () => {
  it('shows the label as the number on the reference, the list item and the back link', async () => {
    expect(await html('Titel.[^4]\n\nHet rapport Veerkracht[^5] laat zien.\n\n[^4]: Cijfers.\n[^5]: Onderzoek.')).toBe(
      [
        '<p>Titel.<sup><a href="#user-content-fn-4" id="user-content-fnref-4" data-footnote-ref aria-describedby="footnote-label">4</a></sup></p>',
        '<p>Het rapport Veerkracht<sup><a href="#user-content-fn-5" id="user-content-fnref-5" data-footnote-ref aria-describedby="footnote-label">5</a></sup> laat zien.</p>',
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Voetnoten</h2>',
        '<ol>',
        '<li id="user-content-fn-4" value="4">',
        '<p>Cijfers. <a href="#user-content-fnref-4" data-footnote-backref="" aria-label="Terug naar verwijzing 4" class="data-footnote-backref">↩</a></p>',
        '</li>',
        '<li id="user-content-fn-5" value="5">',
        '<p>Onderzoek. <a href="#user-content-fnref-5" data-footnote-backref="" aria-label="Terug naar verwijzing 5" class="data-footnote-backref">↩</a></p>',
        '</li>',
        '</ol>',
        '</section>',
      ].join('\n'),
    );
  });

  it('names a second reference to the same footnote in its back link', async () => {
    const out = await html('Een[^3] en nog eens[^3].\n\n[^3]: Noot.');
    expect(out.match(/>3<\/a><\/sup>/g)).toHaveLength(2);
    expect(out).toContain('aria-label="Terug naar verwijzing 3-2"');
  });

  it('keeps the running number for a label that is not a number', async () => {
    const out = await html('Een[^noot].\n\n[^noot]: Noot.');
    expect(out).toContain('aria-describedby="footnote-label">1</a>');
    expect(out).toContain('<li id="user-content-fn-noot">');
  });
});

/**
 * The site's Markdown and MDX pipeline (remark → rehype), in one place for astro.config.mjs
 * and the plugin tests, so both run the same plugins in the same order:
 *
 * remark: reading-stats (words, reading time, term counts into remarkPluginFrontmatter)
 * remark-rehype: footnotes labelled in Dutch
 * rehype: glossary-links → paragraph-anchors → footnote-numbers (the source's numbers) →
 *   paragraph-citations → glossary-popovers → rehypeHeadingIds (Astro's, here so the ids exist
 *   before the next step) → heading-links → table-hyphens (soft hyphens in row labels)
 *
 * Smart punctuation stays off (the sources' own quotes and dashes), set on the processor in
 * astro.config.mjs.
 */
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { GlossaryForms } from '../lib/glossary-forms.ts';
import { footnoteNumbers } from './footnote-numbers.ts';
import { glossaryLinks } from './glossary-links.ts';
import { headingLinks } from './heading-links.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';
import { readingStats } from './reading-stats.ts';
import { paragraphCitations } from './paragraph-citations.ts';
import { glossaryPopovers } from './glossary-popovers.ts';
import { tableHyphens } from './table-hyphens.ts';
import type { CitationPage } from '../lib/citation-pages.ts';

export interface PipelineOptions {
  terms: readonly GlossaryForms[];
  /** The page each document and chapter file becomes, for the paragraph citations (src/lib/citation-pages.ts). */
  pages?: ReadonlyMap<string, CitationPage>;
  /** URL of a glossary term's entry. */
  href: (id: string) => string;
}

/** Footnote labels in Dutch; the back link's name gets the source's number (footnote-numbers). */
export const remarkRehypeOptions: RemarkRehypeOptions = {
  footnoteLabel: 'Voetnoten',
  footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
    `Terug naar verwijzing ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
};

export function markdownPlugins({ terms, href, pages = new Map() }: PipelineOptions) {
  return {
    remarkPlugins: [readingStats({ terms })],
    rehypePlugins: [
      glossaryLinks({ terms, href }),
      paragraphAnchors,
      footnoteNumbers,
      paragraphCitations({ pages }),
      glossaryPopovers({ terms, href }),
      rehypeHeadingIds,
      headingLinks,
      tableHyphens,
    ],
    remarkRehype: remarkRehypeOptions,
  };
}

/**
 * What the text inside each MDX component is, said once, beside the components. The Markdown
 * plugins read it (src/plugins/text-roles.ts): a glossary term is only linked, and a paragraph
 * only numbered, in text whose role allows it. A rehype plugin sees an MDX component as an
 * `mdxJsxFlowElement`/`mdxJsxTextElement` node by its name, before the component renders, so the
 * role goes by that name. src/components/mdx/index.ts checks that every component has one.
 *
 * Plain TypeScript without imports: astro.config.mjs loads it through the plugins.
 */
export type TextRole =
  /** The document's own running text: terms linked, paragraphs numbered. */
  | 'text'
  /** A quotation set apart (PullQuote, blockquote, q): the quoted words stay as they are. */
  | 'quote'
  /** The metadata block of a letter (Datum, Betreft …). */
  | 'letterhead'
  /** Names and roles of the signatories. */
  | 'signature'
  /** A remark of the site's editors: not the document's text. */
  | 'editorial'
  /** A figure drawn from data or from the source's picture (chart, pyramid). */
  | 'figure'
  /** A table: terms linked, its cells are not paragraphs of their own. */
  | 'table';

export const componentRoles = {
  DataTable: 'table',
  Decision: 'text',
  EditorialLabel: 'editorial',
  EditorialNote: 'editorial',
  IndicatorChart: 'figure',
  Letterhead: 'letterhead',
  NeedsPyramid: 'figure',
  PullQuote: 'quote',
  Signatory: 'signature',
  Signatures: 'signature',
} as const satisfies Record<string, TextRole>;

/** Per role: are glossary terms linked in it, are its paragraphs numbered and citable? */
export const rolePolicy: Record<TextRole, { linked: boolean; numbered: boolean }> = {
  text: { linked: true, numbered: true },
  table: { linked: true, numbered: false },
  quote: { linked: false, numbered: false },
  letterhead: { linked: false, numbered: false },
  signature: { linked: false, numbered: false },
  editorial: { linked: false, numbered: false },
  figure: { linked: false, numbered: false },
};

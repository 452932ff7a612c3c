import { z } from 'astro/zod';
import type { Ref } from './refs.ts';

/**
 * Schema pieces that several collections share, each with its Dutch error message written
 * once: entry ids, heading anchors and the reference to a place in a source
 * ({ document, chapter, section, quote }).
 */

/** An entry id or slug: lower-case letters, digits and hyphens ("sociale-visie-2040"). */
export const ID_PATTERN = /^[a-z0-9-]+$/;

/** A heading's anchor as the pages make it: lower-case letters (also accented), digits, hyphens ("5-financien", "financiën"). */
export const ANCHOR_PATTERN = /^[\p{Ll}\p{N}-]+$/u;

/** An id of kleine letters, cijfers en streepjes; `what` names it in the message ("een slug"). */
export function entryId(what = 'een id') {
  return z.string().regex(ID_PATTERN, { error: `verwacht ${what} van kleine letters, cijfers en streepjes` });
}

/** The anchor of a heading; `example` (already quoted) is shown in the message: '"tot-slot"'. */
export function anchor(example?: string) {
  return z
    .string()
    .regex(ANCHOR_PATTERN, { error: `verwacht het anker van een kop${example ? `, bijv. ${example}` : ''}` });
}

export interface SourceRefs {
  documents: Ref;
  chapters: Ref;
}

export interface SourceOptions {
  /** Example anchor for the section's message. */
  anchorExample?: string;
  /** Message when the whole reference is missing (only for a required reference). */
  missing?: string;
}

/**
 * A place in a source: the document, optionally its chapter and a heading's anchor, plus what
 * is cited there (`cited`: `{ quote }` or `{ quotes }`). Unknown keys are refused.
 */
export function sourceReference<const Cited extends z.ZodRawShape>(
  refs: SourceRefs,
  cited: Cited,
  options: SourceOptions = {},
) {
  const expected = `verwacht { ${['document', 'chapter', 'section', ...Object.keys(cited)].join(', ')} }`;
  return z
    .object(
      {
        document: refs.documents,
        chapter: refs.chapters.optional(),
        section: anchor(options.anchorExample).optional(),
        ...cited,
      },
      { error: (iss) => (iss.input === undefined && options.missing ? options.missing : expected) },
    )
    .strict();
}

/** A passage of the vision: a chapter and optionally a heading's anchor in it. */
export function chapterSection(refs: { chapters: Ref }, section: z.ZodString = anchor()) {
  return z
    .object({ chapter: refs.chapters, section: section.optional() }, { error: 'verwacht { chapter, section }' })
    .strict();
}

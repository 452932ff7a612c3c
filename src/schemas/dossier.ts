import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, positiveInt, text } from './messages';

/**
 * Atelier dossiers for council members: one page per theme that brings together the vision
 * passages, the quick scan's findings, the figures, the open questions the documents raise
 * (quoted verbatim) and the timeline. The intro is editorial; everything else is a reference
 * that must resolve or a quote checked against the source.
 */
export interface DossierRefs {
  documents: Ref;
  chapters: Ref;
  findings: Ref;
  events: Ref;
  indicators: Ref;
}

const anchor = z.string().regex(/^[\p{Ll}\p{N}-]+$/u, { error: 'verwacht het anker van een kop' });

export function dossierSchema(refs: DossierRefs) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'verwacht een id van kleine letters, cijfers en streepjes' }),
      title: text('een titel'),
      order: positiveInt('een volgnummer'),
      /** Editorial: what the dossier is about, in two or three sentences. */
      intro: text('een inleiding (redactie)'),
      vision: listOf(z.object({ chapter: refs.chapters, section: anchor.optional() }, { error: 'verwacht { chapter, section }' }).strict(), 'visiepassages').default([]),
      findings: listOf(refs.findings, 'bevindingen').default([]),
      indicators: listOf(refs.indicators, 'indicatoren').default([]),
      questions: listOf(
        z
          .object(
            { document: refs.documents, chapter: refs.chapters.optional(), section: anchor.optional(), quote: text('een letterlijke vraag of open punt uit het document') },
            { error: 'verwacht { document, chapter, section, quote }' },
          )
          .strict(),
        'open vragen',
      ).default([]),
      events: listOf(refs.events, 'gebeurtenissen').default([]),
    })
    .strict();
}

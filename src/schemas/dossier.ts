import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, positiveInt, text } from './messages';
import { chapterSection, entryId, sourceReference } from './builders';

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

export function dossierSchema(refs: DossierRefs) {
  return z
    .object({
      id: entryId(),
      title: text('een titel'),
      order: positiveInt('een volgnummer'),
      /** Editorial: what the dossier is about, in two or three sentences. */
      intro: text('een inleiding (redactie)'),
      vision: listOf(chapterSection(refs), 'visiepassages').default([]),
      findings: listOf(refs.findings, 'bevindingen').default([]),
      indicators: listOf(refs.indicators, 'indicatoren').default([]),
      questions: listOf(
        sourceReference(refs, { quote: text('een letterlijke vraag of open punt uit het document') }),
        'open vragen',
      ).default([]),
      events: listOf(refs.events, 'gebeurtenissen').default([]),
    })
    .strict();
}

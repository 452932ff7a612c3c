import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { chapterSchema, documentSchema } from '../../src/schemas/document';
import { themeSchema } from '../../src/schemas/theme';

/** Stand-ins for astro:content's reference(): same input, same output shape. */
const ref = (collection: string) => z.string().transform((id) => ({ id, collection }));
const refs = { documents: ref('documents'), themes: ref('themes'), trajectories: ref('trajectories') };
const documents = documentSchema(refs);
const chapters = chapterSchema(refs);

const validDocument = {
  title: 'Raadsvoorstel 65-2021',
  kind: 'raadsvoorstel',
  date: '2021-06-22',
  issuer: 'College van burgemeester en wethouders van Maastricht',
  status: 'Besloten door de raad op 21 juli 2021',
  sourceFile: '2021-raadsvoorstel-65-2021.txt',
  audiences: ['raadsleden'],
  themes: ['financien'],
  order: 3,
  summary: 'Het college vraagt de raad om geld.',
};

function messages(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('document schema', () => {
  it('accepts a complete document and resolves its date and references', () => {
    const doc = documents.parse(validDocument);
    expect(doc.date).toMatchObject({ precision: 'day', year: 2021, month: 6, day: 22 });
    expect(doc.themes).toEqual([{ id: 'financien', collection: 'themes' }]);
    expect(doc.references).toEqual([]);
  });

  it('names a missing field and what it expects', () => {
    const { status: _omit, ...withoutStatus } = validDocument;
    expect(messages(documents.safeParse(withoutStatus))).toEqual([
      'status: verwacht een status (tekst), gekregen: niets (het veld ontbreekt)',
    ]);
  });

  it('lists the allowed values for an unknown kind', () => {
    const [message] = messages(documents.safeParse({ ...validDocument, kind: 'notitie' }));
    expect(message).toContain('kind: verwacht een documentsoort');
    expect(message).toContain('"raadsvoorstel"');
    expect(message).toContain('gekregen: "notitie"');
  });

  it('refuses an unknown audience', () => {
    const [message] = messages(documents.safeParse({ ...validDocument, audiences: ['pers'] }));
    expect(message).toMatch(/^audiences\.0: verwacht een doelgroep: een van "inwoners", "raadsleden", "medewerkers"/);
  });

  it('refuses an impossible date', () => {
    const [message] = messages(documents.safeParse({ ...validDocument, date: '2021-02-30' }));
    expect(message).toBe('date: "2021-02-30" bestaat niet: 2021-02 heeft 28 dagen');
  });

  it('refuses a field it does not know, so typos do not pass silently', () => {
    const result = documents.safeParse({ ...validDocument, satus: 'x' });
    expect(result.success).toBe(false);
    expect(messages(result).join()).toContain('satus');
  });

  it('refuses a source file name that is not a .txt in content/sources', () => {
    const [message] = messages(documents.safeParse({ ...validDocument, sourceFile: '../shared/x.pdf' }));
    expect(message).toMatch(/^sourceFile: verwacht een bestandsnaam/);
  });

  it('needs at least one audience', () => {
    expect(messages(documents.safeParse({ ...validDocument, audiences: [] }))).toEqual([
      'audiences: verwacht minstens één doelgroep',
    ]);
  });
});

describe('chapter schema', () => {
  const validChapter = {
    title: 'Gelijke kansen',
    number: '3.2',
    document: 'sociale-visie-2040',
    order: 6,
    summary: 'Kort.',
  };

  it('accepts a chapter with a reference to its document', () => {
    expect(chapters.parse(validChapter).document).toEqual({ id: 'sociale-visie-2040', collection: 'documents' });
  });

  it('wants the chapter number as text', () => {
    const [message] = messages(chapters.safeParse({ ...validChapter, number: 3.2 }));
    expect(message).toMatch(/^number: verwacht een hoofdstuknummer als tekst/);
  });

  it('names a missing document reference', () => {
    const { document: _omit, ...rest } = validChapter;
    expect(chapters.safeParse(rest).success).toBe(false);
  });
});

describe('theme schema', () => {
  it('only knows the visie, bestuur and context groups', () => {
    const result = themeSchema.safeParse({ name: 'X', group: 'overig', description: 'x', order: 1 });
    expect(messages(result)[0]).toMatch(/^group: verwacht een groep: een van "visie", "bestuur", "context"/);
  });
});

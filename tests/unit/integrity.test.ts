import { describe, expect, it } from 'vitest';
import { ContentError, danglingReferences, findRefs } from '../../src/lib/integrity';

const known = new Map([
  ['documents', new Set(['sociale-visie-2040', 'raadsvoorstel-65-2021'])],
  ['themes', new Set(['financien'])],
]);

describe('findRefs', () => {
  it('finds references at any depth with their field path', () => {
    const data = { document: { id: 'a', collection: 'documents' }, themes: [{ id: 't', collection: 'themes' }], n: 1 };
    expect(findRefs(data)).toEqual([
      { path: 'document', ref: { id: 'a', collection: 'documents' } },
      { path: 'themes[0]', ref: { id: 't', collection: 'themes' } },
    ]);
  });
});

describe('danglingReferences', () => {
  it('is empty when every reference resolves', () => {
    const entry = {
      id: 'x',
      collection: 'chapters',
      data: { document: { id: 'sociale-visie-2040', collection: 'documents' } },
    };
    expect(danglingReferences([entry], known)).toEqual([]);
  });

  it('names the file, the field, the missing id and the ids that exist', () => {
    const entry = {
      id: 'sociale-visie-2040/x',
      collection: 'chapters',
      filePath: 'content/chapters/sociale-visie-2040/x.mdx',
      data: {
        themes: [
          { id: 'financien', collection: 'themes' },
          { id: 'zorg', collection: 'themes' },
        ],
      },
    };
    expect(danglingReferences([entry], known)).toEqual([
      'content/chapters/sociale-visie-2040/x.mdx: veld "themes[1]" verwijst naar "zorg" in "themes", maar die bestaat niet. Verwacht een van: "financien"',
    ]);
  });

  it('collects every problem into one error', () => {
    const error = new ContentError(['a', 'b']);
    expect(error.message).toBe('Fouten in de inhoud (2):\n- a\n- b');
  });
});

import { describe, expect, it } from 'vitest';
import { isAnnexIn, sharedSourceFiles } from '../../src/lib/source-files';

const doc = (id: string, order: number, sourceFile: string, annexOf?: string) => ({
  id,
  data: { order, sourceFile, ...(annexOf ? { annexOf: { id: annexOf } } : {}) },
});

describe('sharedSourceFiles', () => {
  it('returns only the files that hold more than one document', () => {
    const groups = sharedSourceFiles([doc('a', 1, 'a.txt'), doc('b', 2, 'b.txt'), doc('c', 3, 'b.txt')]);
    expect(groups.map((g) => [g.file, g.documents.map((d) => d.id)])).toEqual([['b.txt', ['b', 'c']]]);
  });

  it('puts the host before its annex, whatever their order on the site', () => {
    const [group] = sharedSourceFiles([doc('bijlage', 1, 'f.txt', 'brief'), doc('brief', 2, 'f.txt')]);
    expect(group!.documents.map((d) => d.id)).toEqual(['brief', 'bijlage']);
    expect(group!.documents.map((d) => isAnnexIn(group!, d))).toEqual([false, true]);
  });

  it('does not call a document an annex when its host lives in another file', () => {
    const [group] = sharedSourceFiles([
      doc('x', 1, 'f.txt', 'elders'),
      doc('y', 2, 'f.txt'),
      doc('elders', 3, 'g.txt'),
    ]);
    expect(group!.documents.map((d) => [d.id, isAnnexIn(group!, d)])).toEqual([
      ['x', false],
      ['y', false],
    ]);
  });

  it('is empty when every document has a file of its own', () => {
    expect(sharedSourceFiles([doc('a', 1, 'a.txt'), doc('b', 2, 'b.txt')])).toEqual([]);
  });
});
